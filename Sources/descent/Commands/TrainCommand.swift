extension Command {
  static let train = Command(
    name: "train",
    summary: "(not built yet)",
    help: "Usage: descent train",
    run: { _ in throw CommandError.usage("'train' is not built yet") }
  )
}

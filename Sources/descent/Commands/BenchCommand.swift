extension Command {
  static let bench = Command(
    name: "bench",
    summary: "(not built yet)",
    help: "Usage: descent bench",
    run: { _ in throw CommandError.usage("'bench' is not built yet") }
  )
}

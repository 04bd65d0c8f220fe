extension Command {
  static let play = Command(
    name: "play",
    summary: "(not built yet)",
    help: "Usage: descent play",
    run: { _ in throw CommandError.usage("'play' is not built yet") }
  )
}

extension Command {
  static let nudge = Command(
    name: "nudge",
    summary: "(not built yet)",
    help: "Usage: descent nudge",
    run: { _ in throw CommandError.usage("'nudge' is not built yet") }
  )
}

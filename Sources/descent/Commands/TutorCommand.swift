extension Command {
  static let tutor = Command(
    name: "tutor",
    summary: "(not built yet)",
    help: "Usage: descent tutor",
    run: { _ in throw CommandError.usage("'tutor' is not built yet") }
  )
}

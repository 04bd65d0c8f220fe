extension Command {
  static let lessons = Command(
    name: "lessons",
    summary: "(not built yet)",
    help: "Usage: descent lessons",
    run: { _ in throw CommandError.usage("'lessons' is not built yet") }
  )
}

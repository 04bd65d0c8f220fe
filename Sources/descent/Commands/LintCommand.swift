extension Command {
  static let lint = Command(
    name: "lint",
    summary: "(not built yet)",
    help: "Usage: descent lint",
    run: { _ in throw CommandError.usage("'lint' is not built yet") }
  )
}

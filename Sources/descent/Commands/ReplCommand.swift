extension Command {
  static let repl = Command(
    name: "repl",
    summary: "(not built yet)",
    help: "Usage: descent repl",
    run: { _ in throw CommandError.usage("'repl' is not built yet") }
  )
}

extension Command {
  static let graph = Command(
    name: "graph",
    summary: "(not built yet)",
    help: "Usage: descent graph",
    run: { _ in throw CommandError.usage("'graph' is not built yet") }
  )
}

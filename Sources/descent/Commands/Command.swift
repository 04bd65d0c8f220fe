/// One subcommand of `descent`: its name, a line for the command list, its help text and the
/// code that runs it. Each lives in a file of its own beside this one.
struct Command: Sendable {
  var name: String
  /// One line for `descent --help`.
  var summary: String
  /// The full text of `descent help NAME`: usage first, then what it does and its options.
  var help: String
  /// Runs the command on the words after its name and returns the exit status.
  var run: @Sendable ([String]) throws -> Int32
}

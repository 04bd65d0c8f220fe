/// A reason a command cannot go on, turned into one line on stderr in exactly one place
/// (`CommandLineTool.run`).
struct CommandError: Error, CustomStringConvertible {
  enum Kind {
    /// The command line itself is wrong: unknown option, missing value, bad number.
    case usage
    /// The input is wrong or a file cannot be read: a formula, a data file, a lesson.
    case input
  }

  var kind: Kind
  var message: String

  static func usage(_ message: String) -> CommandError {
    CommandError(kind: .usage, message: message)
  }
  static func input(_ message: String) -> CommandError {
    CommandError(kind: .input, message: message)
  }

  var description: String { message }

  var exitStatus: Int32 {
    switch kind {
    case .usage: 2
    case .input: 1
    }
  }
}

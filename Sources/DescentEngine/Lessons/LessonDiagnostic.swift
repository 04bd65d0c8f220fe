/// A problem found in a lesson file, printed the way a compiler prints one:
/// `FILE:LINE:COLUMN: message` for an error, `FILE:LINE:COLUMN: warning: message` for a
/// warning.
public struct LessonDiagnostic: Error, CustomStringConvertible, Sendable, Equatable {
  public enum Severity: Sendable, Equatable {
    /// The lesson cannot be shown as written; it is left out.
    case error
    /// The lesson loads, but something in it is probably not what was meant.
    case warning
  }

  public var file: String
  /// 1-based line.
  public var line: Int
  /// 1-based column, counted in characters.
  public var column: Int
  public var message: String
  public var severity: Severity

  public init(
    file: String, line: Int, column: Int, message: String, severity: Severity = .error
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
    self.severity = severity
  }

  public var isError: Bool { severity == .error }

  /// The message, with any control character quoted from the lesson escaped (`\u{1B}`).
  public var description: String {
    switch severity {
    case .error: "\(file):\(line):\(column): \(message)".escapingControlCharacters
    case .warning: "\(file):\(line):\(column): warning: \(message)".escapingControlCharacters
    }
  }
}

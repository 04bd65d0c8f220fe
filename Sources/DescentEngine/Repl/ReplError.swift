/// A statement the REPL could not carry out, with the 1-based column of the spot to blame.
///
/// The session that raised it goes on unchanged: nothing defined before the bad line is lost.
public struct ReplError: Error, Equatable, Sendable, CustomStringConvertible {
  /// 1-based column, counted in characters, of the spot the message is about.
  public var column: Int
  public var message: String

  public init(column: Int, _ message: String) {
    self.column = max(1, column)
    self.message = message
  }

  public var description: String { "column \(column): \(message)" }

  /// A line with a caret under `column`, to print under the statement.
  public var caret: String { String(repeating: " ", count: column - 1) + "^" }

  /// The compiler-style report: `SOURCE:LINE:COLUMN: message`, then the statement and a caret
  /// under the spot.
  ///
  /// ```
  /// <stdin>:4:11: expected a number, a name or '(' here
  /// J = 3*(a +
  ///           ^
  /// ```
  public func report(source: String, line: Int, text: String) -> String {
    "\(source):\(line):\(column): \(message)\n\(text)\n\(caret)"
  }
}

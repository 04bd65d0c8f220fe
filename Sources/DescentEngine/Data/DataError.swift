/// Why a data set could not be loaded, with the place in the file where that is known.
///
/// Printed like a compiler's message: `lessons/data/digits.csv:12:7: field 4 is not a number:
/// 'x3'`. The line and column are 1-based; the column counts bytes from the start of the line.
public struct DataError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The file as it was named (a path), or the data set's name when there is no file yet.
  public var file: String
  /// The 1-based line, when the problem sits on one line.
  public var line: Int?
  /// The 1-based column of the offending field, when one field is at fault.
  public var column: Int?
  /// What is wrong, in words.
  public var reason: String

  public init(file: String, line: Int? = nil, column: Int? = nil, reason: String) {
    self.file = file
    self.line = line
    self.column = column
    self.reason = reason
  }

  /// The message, with any control character quoted from the file escaped (`\u{1B}`).
  public var description: String {
    var place = file
    if let line {
      place += ":\(line)"
      if let column { place += ":\(column)" }
    }
    return "\(place): \(reason)".escapingControlCharacters
  }
}

/// A piece of a statement and the 1-based column where it starts, so that an error about it
/// can put a caret under it.
public struct ReplWord: Equatable, Sendable {
  public var text: String
  public var column: Int

  public init(_ text: String, column: Int) {
    self.text = text
    self.column = column
  }

  /// Splits `line` at spaces and tabs into words that remember their columns.
  static func split(_ line: Substring, startingAt column: Int = 1) -> [ReplWord] {
    var words: [ReplWord] = []
    var current = ""
    var start = column
    var position = column
    for character in line {
      if character == " " || character == "\t" {
        if !current.isEmpty { words.append(ReplWord(current, column: start)) }
        current = ""
      } else {
        if current.isEmpty { start = position }
        current.append(character)
      }
      position += 1
    }
    if !current.isEmpty { words.append(ReplWord(current, column: start)) }
    return words
  }
}

/// One piece of a formula's text, with the 1-based column (in characters) where it starts.
struct Token: Equatable {
  enum Kind: Equatable {
    case number(Double)
    case name(String)
    /// One of `+ - * / ^`.
    case symbol(Character)
    case openParenthesis
    case closeParenthesis
    case equals
    case end
  }

  var kind: Kind
  var column: Int
  /// The text as written, for messages.
  var text: String

  /// How a message names this token: `'*'`, `number 2`, `the end of the formula`.
  var described: String {
    switch kind {
    case .number: "number \(text)"
    case .name: "name '\(text)'"
    case .end: "the end of the formula"
    default: "'\(text)'"
    }
  }
}

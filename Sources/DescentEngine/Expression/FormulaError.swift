/// Why a formula cannot be read or evaluated, with the 1-based column (in characters of the
/// text given) of the spot, so it can be shown with a caret under it.
public struct FormulaError: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Kind: Equatable, Sendable {
    case empty
    case unexpectedCharacter(Character)
    case badNumber(String)
    /// A token where another was expected: `expected` names what would fit.
    case unexpectedToken(found: String, expected: String)
    /// Something left over after a complete formula, such as `a b`.
    case trailingToken(String)
    /// A `(` with no `)`; the column is that of the `(`.
    case unclosedParenthesis
    /// A `)` with no `(`.
    case unmatchedParenthesis
    case unknownFunction(String)
    /// A function's name used without an argument, such as `exp + 1`.
    case functionWithoutArgument(String)
    case outputIsInput(String)
    case outputIsFunction(String)
    /// An input with no value when the formula is evaluated; the column is its first use.
    case unknownVariable(String)
    /// Parentheses or function calls nested deeper than `Formula.maximumNesting`.
    case nestedTooDeeply
  }

  public var kind: Kind
  /// 1-based, in characters; one past the last character for "the end of the formula".
  public var column: Int
  /// The text the column refers to.
  public var source: String

  public init(_ kind: Kind, column: Int, source: String) {
    self.kind = kind
    self.column = column
    self.source = source
  }

  /// The reason in words, without the position.
  public var message: String {
    switch kind {
    case .empty: "the formula is empty"
    case .unexpectedCharacter(let character) where character.isNewline:
      "a formula is one line: unexpected line break"
    case .unexpectedCharacter(let character):
      "unexpected character '\(character)'"
        + (Self.superscripts.contains(character) ? "; write powers with ^, as in a^2" : "")
    case .badNumber(let text):
      Double(text)?.isInfinite == true
        ? "'\(text)' is too large to represent; the largest number is about 1.8e308"
        : "'\(text)' is not a number"
    case .unexpectedToken(let found, let expected): "expected \(expected), found \(found)"
    case .trailingToken(let found):
      "unexpected \(found) after a complete formula (is an operator missing?)"
    case .unclosedParenthesis: "unbalanced parenthesis: this '(' is never closed"
    case .unmatchedParenthesis: "unbalanced parenthesis: this ')' has no '(' before it"
    case .unknownFunction(let name):
      "unknown function '\(name)'; the functions are \(MathFunction.spelledNames)"
    case .functionWithoutArgument(let name):
      "'\(name)' is a function: write \(name)(…)"
    case .outputIsInput(let name): "the output '\(name)' is also used as an input"
    case .outputIsFunction(let name): "'\(name)' is a function and cannot name the output"
    case .unknownVariable(let name): "no value for '\(name)'"
    case .nestedTooDeeply:
      "formula nested too deeply (more than \(Formula.maximumNesting) levels)"
    }
  }

  private static let superscripts: Set<Character> = [
    "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁻",
  ]

  /// `column 7: unknown function 'foo'; …`
  public var description: String { "column \(column): \(message)" }

  /// The message, the formula, and a caret under the column:
  /// ```
  /// column 5: unknown function 'foo'; …
  ///   J = foo(x)
  ///       ^
  /// ```
  public var caretRendering: String {
    let prefix = source.prefix(max(0, column - 1))
    let padding = String(prefix.map { $0 == "\t" ? "\t" : " " })
    let tail = String(repeating: " ", count: max(0, column - 1 - prefix.count))
    return "\(description)\n  \(source)\n  \(padding)\(tail)^"
  }
}

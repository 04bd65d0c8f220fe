/// Splits a formula's text into tokens.
///
/// Names are letters (ASCII, Greek or any other script), digits and `_`, and do not start
/// with a digit; subscript digits (`w₁`) may follow the first letter. Numbers are `2`,
/// `0.5`, `.5`, `1e-3`.
enum Tokenizer {
  static func tokens(of source: String) throws(FormulaError) -> [Token] {
    let characters = Array(source)
    var tokens: [Token] = []
    var index = 0
    while index < characters.count {
      let character = characters[index]
      let column = index + 1
      if character == " " || character == "\t" {
        index += 1
      } else if character.isASCII, character.isNumber || character == "." {
        let end = numberEnd(characters, from: index)
        let text = String(characters[index..<end])
        guard let value = Double(text), value.isFinite else {
          throw FormulaError(.badNumber(text), column: column, source: source)
        }
        tokens.append(Token(kind: .number(value), column: column, text: text))
        index = end
      } else if isNameStart(character) {
        var end = index + 1
        while end < characters.count, isNamePart(characters[end]) { end += 1 }
        let text = String(characters[index..<end])
        tokens.append(Token(kind: .name(text), column: column, text: text))
        index = end
      } else {
        let kind: Token.Kind
        switch character {
        case "+", "-", "*", "/", "^": kind = .symbol(character)
        case "−": kind = .symbol("-")  // the minus sign, as pasted from the lecture
        case "·", "×": kind = .symbol("*")
        case "(": kind = .openParenthesis
        case ")": kind = .closeParenthesis
        case "=": kind = .equals
        default:
          throw FormulaError(.unexpectedCharacter(character), column: column, source: source)
        }
        tokens.append(Token(kind: kind, column: column, text: String(character)))
        index += 1
      }
    }
    tokens.append(Token(kind: .end, column: characters.count + 1, text: ""))
    return tokens
  }

  /// Where a number starting at `start` ends: digits, an optional fraction, an optional
  /// exponent (`e`, a sign, digits; an `e` without digits after it is left for the next token).
  private static func numberEnd(_ characters: [Character], from start: Int) -> Int {
    var end = start
    func digits() {
      while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
    }
    digits()
    if end < characters.count, characters[end] == "." {
      end += 1
      digits()
    }
    if end < characters.count, characters[end] == "e" || characters[end] == "E" {
      var exponent = end + 1
      if exponent < characters.count, characters[exponent] == "+" || characters[exponent] == "-" {
        exponent += 1
      }
      if exponent < characters.count, characters[exponent].isASCII, characters[exponent].isNumber {
        end = exponent
        digits()
      }
    }
    return end
  }

  /// A letter of any script (`a`, `α`, `ŷ`) or `_`. Operator-like symbols such as `·`, `×`
  /// and `−` are not letters.
  static func isNameStart(_ character: Character) -> Bool {
    character.isLetter || character == "_"
  }

  /// A name's later characters add ASCII digits and subscript digits (`w₁`), but not
  /// superscripts: `a²` is refused with a hint to write `a^2`.
  static func isNamePart(_ character: Character) -> Bool {
    if isNameStart(character) { return true }
    if character.isASCII { return character.isNumber }
    return isSubscriptDigit(character)
  }

  static func isSubscriptDigit(_ character: Character) -> Bool {
    guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else {
      return false
    }
    return (0x2080...0x2089).contains(scalar.value)
  }
}

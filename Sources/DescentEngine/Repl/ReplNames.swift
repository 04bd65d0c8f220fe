/// Names as the REPL sees them before the formula parser does: enough to spot `NAME =` at the
/// start of a line, and to put one formula's text in place of its name inside another.
enum ReplNames {
  /// A name starts with a letter (Greek ones too) or `_`.
  static func startsName(_ character: Character) -> Bool {
    character.isLetter || character == "_"
  }

  /// A name goes on with letters, digits and `_`.
  static func continuesName(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_"
  }

  /// `text` with every name found in `replacements` replaced by its text.
  static func substitute(_ text: String, _ replacements: [String: String]) -> String {
    pieces(of: text, startingAt: 1).map { piece in
      if case .name = piece.kind, let replacement = replacements[piece.word.text] {
        return replacement
      }
      return piece.word.text
    }.joined()
  }

  struct Piece {
    enum Kind { case name, number, other }
    var kind: Kind
    var word: ReplWord
  }

  /// Cuts `text` into names, numbers and single other characters.
  static func pieces(of text: String, startingAt column: Int) -> [Piece] {
    let characters = Array(text)
    var pieces: [Piece] = []
    var index = 0
    while index < characters.count {
      let start = index
      let kind: Piece.Kind
      if startsName(characters[index]) {
        while index < characters.count, continuesName(characters[index]) { index += 1 }
        kind = .name
      } else if characters[index].isASCII, characters[index].isNumber || characters[index] == "." {
        index = endOfNumber(characters, from: index)
        kind = .number
      } else {
        index += 1
        kind = .other
      }
      let word = ReplWord(String(characters[start..<index]), column: column + start)
      pieces.append(Piece(kind: kind, word: word))
    }
    return pieces
  }

  /// Digits and a point, then optionally `e`, a sign and digits.
  private static func endOfNumber(_ characters: [Character], from start: Int) -> Int {
    func isDigit(_ index: Int) -> Bool {
      index < characters.count && characters[index].isASCII && characters[index].isNumber
    }
    var index = start
    while isDigit(index) || (index < characters.count && characters[index] == ".") { index += 1 }
    if index < characters.count, characters[index] == "e" || characters[index] == "E" {
      var next = index + 1
      if next < characters.count, characters[next] == "+" || characters[next] == "-" { next += 1 }
      if isDigit(next) {
        index = next
        while isDigit(index) { index += 1 }
      }
    }
    return index
  }
}

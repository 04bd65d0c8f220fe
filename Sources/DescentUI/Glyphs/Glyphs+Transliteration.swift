extension Glyphs {
  /// Stand-ins for the symbols the lecture writes, used by `transliterate(_:)`.
  static let asciiStandIns: [Character: String] = [
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "eps", "η": "eta",
    "θ": "theta", "λ": "lambda", "μ": "mu", "π": "pi", "σ": "sigma", "Σ": "sum", "∑": "sum",
    "∂": "d", "∇": "grad", "ŷ": "y^", "ᵀ": "^T", "²": "^2", "³": "^3", "⁻": "^-", "¹": "^1",
    "ⁱ": "^i", "₀": "0", "₁": "1", "₂": "2", "₃": "3", "ᵢ": "i", "ⱼ": "j", "ₓ": "x",
    "×": "x", "·": "*", "÷": "/", "−": "-", "–": "-", "—": "--", "±": "+/-", "√": "sqrt",
    "∞": "infinity", "≈": "~", "≤": "<=", "≥": ">=", "≠": "!=", "∈": " in ", "→": "->",
    "←": "<-", "↑": "^", "↓": "v", "⇒": "=>", "…": "...", "‘": "'", "’": "'", "“": "\"",
    "”": "\"", "•": "*", "◆": "#", "●": "o", "✓": "ok", "✗": "x", "─": "-", "│": "|",
    "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+", "┬": "+", "┴": "+",
    "┼": "+", "░": ".", "▒": ":", "▓": "#", "█": "@", "é": "e", "è": "e", "ü": "u",
  ]

  /// `text` as this glyph set can show it: unchanged for UTF-8; for ASCII, each symbol
  /// replaced by its stand-in (`α` → `alpha`, `∂J/∂a` → `dJ/da`, braille → `*`) and any
  /// other non-ASCII character by `?`. `Canvas` applies this to everything it draws, so
  /// views may write the lecture's symbols directly.
  public func transliterate(_ text: String) -> String {
    guard !isUnicode, !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
    var result = ""
    for character in text {
      if character.isASCII {
        result.append(character)
      } else if let standIn = Self.asciiStandIns[character] {
        result += standIn
      } else if let scalar = character.unicodeScalars.first,
        (0x2801...0x28FF).contains(scalar.value)
      {
        result += "*"
      } else {
        result += "?"
      }
    }
    return result
  }
}

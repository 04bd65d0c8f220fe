/// Lesson text for a terminal that cannot show Unicode: `ŷ = σ(wᵀx⁽ⁱ⁾ + b)` becomes
/// `y^ = sigma(w^Tx(i) + b)`.
///
/// Superscripts become `^2`, or `(i)` inside the lecture's example brackets ⁽ⁱ⁾; subscripts
/// become plain digits (`w₁` → `w1`) or `_i`. Any other character outside ASCII becomes `?`,
/// so the result is always pure ASCII.
public enum AsciiTranscription {
  /// The ASCII stand-in for `text`.
  public static func transcribe(_ text: String) -> String {
    var result = ""
    var inExampleBrackets = false
    var previousWasSuperscript = false
    for character in text {
      if character.isASCII {
        result.append(character)
        previousWasSuperscript = false
        continue
      }
      if character == "⁽" {
        inExampleBrackets = true
        result += "("
      } else if character == "⁾" {
        inExampleBrackets = false
        result += ")"
      } else if let plain = superscripts[character] {
        if !inExampleBrackets && !previousWasSuperscript { result += "^" }
        result += plain
        previousWasSuperscript = true
        continue
      } else if let plain = subscripts[character] {
        result += plain
      } else {
        result += symbols[character] ?? "?"
      }
      previousWasSuperscript = false
    }
    return result
  }

  /// Whether `character` has an ASCII stand-in other than `?`.
  public static func hasStandIn(_ character: Character) -> Bool {
    character.isASCII || character == "⁽" || character == "⁾"
      || superscripts[character] != nil || subscripts[character] != nil
      || (symbols[character] != nil && character != "\u{FFFD}")
  }

  private static let superscripts: [Character: String] = [
    "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8",
    "⁹": "9", "ⁱ": "i", "ᵐ": "m", "ⁿ": "n", "ᵀ": "T", "⁻": "-", "⁺": "+",
  ]

  private static let subscripts: [Character: String] = [
    "₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6", "₇": "7", "₈": "8",
    "₉": "9", "ᵢ": "_i", "ⱼ": "_j", "ₙ": "_n", "ₘ": "_m",
  ]

  private static let symbols: [Character: String] = [
    "α": "alpha", "β": "beta", "ε": "eps", "σ": "sigma", "θ": "theta", "λ": "lambda",
    "Σ": "sum", "∂": "d", "ŷ": "y^", "·": "*", "×": "x", "−": "-", "–": "-", "—": "-",
    "≈": "~", "≤": "<=", "≥": ">=", "≠": "!=", "←": "<-", "→": "->", "∈": "in", "∞": "inf",
    "√": "sqrt", "…": "...", "⌊": "floor(", "⌋": ")", "‘": "'", "’": "'", "“": "\"",
    "”": "\"", "\u{FFFD}": "?", "\u{00A0}": " ",
  ]
}

/// The characters views draw with, in two sets: `unicode` for UTF-8 terminals and `ascii`
/// for everything else (`--ascii`, or a locale that is not UTF-8).
///
/// Views ask for a glyph by meaning (`alpha`, `horizontal`, `plotMark(dots:)`) and never
/// write a non-ASCII character themselves, so every screen has an ASCII form.
public struct Glyphs: Sendable {
  /// True for the UTF-8 set.
  public var isUnicode: Bool

  // Symbols of the lecture.
  public var alpha: String
  public var sigma: String
  public var epsilon: String
  /// `∂` in UTF-8; `d` in ASCII, so that `∂J/∂a` reads `dJ/da`.
  public var partial: String
  public var times: String
  public var approximately: String
  public var arrowLeft: String
  public var arrowRight: String
  public var arrowUp: String
  public var arrowDown: String
  public var ellipsis: String
  /// Separates the items of a status line.
  public var separator: String

  // Frames.
  public var horizontal: String
  public var vertical: String
  public var topLeft: String
  public var topRight: String
  public var bottomLeft: String
  public var bottomRight: String

  // Charts.
  /// Marks a point on a curve where something changed (α, for the cost curve).
  public var changeMark: String
  /// Shades from blank to full, for images and heat maps.
  public var shades: [String]

  /// The cell that shows the dots set in `dots`, a braille pattern's 8 bits: bit 0..2 are
  /// the left column's top three dots, 3..5 the right column's, 6 and 7 the bottom row's
  /// left and right dot (Unicode's own numbering). Zero is a blank. The ASCII set cannot
  /// show dots and draws `mark` for any cell with at least one dot set.
  public func plotCell(dots: UInt8, mark: String = "*") -> String {
    guard dots != 0 else { return " " }
    guard isUnicode else { return mark }
    return String(plotCharacter(dots: dots, mark: "*"))
  }

  /// `plotCell` as one character, for drawing many cells without a string for each.
  public func plotCharacter(dots: UInt8, mark: Character) -> Character {
    guard dots != 0 else { return " " }
    guard isUnicode, let scalar = Unicode.Scalar(0x2800 + UInt32(dots)) else { return mark }
    return Character(scalar)
  }

  /// α's value as the screen states it: `α = 0.5` or `alpha = 0.5`.
  public func alphaEquals(_ value: String) -> String { "\(alpha) = \(value)" }

  public static let unicode = Glyphs(
    isUnicode: true, alpha: "α", sigma: "σ", epsilon: "ε", partial: "∂", times: "×",
    approximately: "≈", arrowLeft: "←", arrowRight: "→", arrowUp: "↑", arrowDown: "↓",
    ellipsis: "…", separator: " · ", horizontal: "─", vertical: "│", topLeft: "┌",
    topRight: "┐", bottomLeft: "└", bottomRight: "┘", changeMark: "◆",
    shades: [" ", "░", "▒", "▓", "█"])

  public static let ascii = Glyphs(
    isUnicode: false, alpha: "alpha", sigma: "sigma", epsilon: "eps", partial: "d", times: "x",
    approximately: "~", arrowLeft: "<-", arrowRight: "->", arrowUp: "^", arrowDown: "v",
    ellipsis: "...", separator: " | ", horizontal: "-", vertical: "|", topLeft: "+",
    topRight: "+", bottomLeft: "+", bottomRight: "+", changeMark: "#",
    shades: [" ", ".", ":", "#", "@"])
}

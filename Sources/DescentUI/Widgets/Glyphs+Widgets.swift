import DescentEngine

extension Glyphs {
  /// Text from the engine or a lesson (which may hold `·`, `−`, `ε`, `σ`) in this glyph set:
  /// as it is in UTF-8, transcribed to ASCII stand-ins otherwise.
  func text(_ text: String) -> String {
    isUnicode ? text : AsciiTranscription.transcribe(text)
  }

  /// The current point on a plot.
  var point: String { isUnicode ? "●" : "o" }

  /// The head of an arrow pointing right, one cell wide.
  var arrowHead: String { isUnicode ? "▶" : ">" }

  /// The cell that joins lines leaving a cell in the given directions, as box drawing in
  /// UTF-8; ASCII draws `-`, `|` or `+`.
  func line(_ directions: LineDirections) -> String {
    let horizontal = directions.subtracting([.left, .right]).isEmpty
    let vertical = directions.subtracting([.up, .down]).isEmpty
    guard isUnicode else { return horizontal ? "-" : vertical ? "|" : "+" }
    if horizontal { return "─" }
    if vertical { return "│" }
    switch directions {
    case [.left, .down]: return "┐"
    case [.right, .down]: return "┌"
    case [.up, .right]: return "└"
    case [.up, .left]: return "┘"
    case [.left, .right, .down]: return "┬"
    case [.left, .right, .up]: return "┴"
    case [.up, .down, .right]: return "├"
    case [.up, .down, .left]: return "┤"
    default: return "┼"
    }
  }
}

import DescentEngine

/// Lesson text as the screen can show it: as written on a UTF-8 terminal, through the
/// lessons' ASCII stand-ins (`α` → `alpha`, `x⁽ⁱ⁾` → `x(i)`) on any other.
struct LessonTextStyle {
  let glyphs: Glyphs

  func shown(_ text: String) -> String {
    glyphs.isUnicode ? text : AsciiTranscription.transcribe(text)
  }

  /// The prose of a step, wrapped to `width`: running text wrapped at spaces, displayed
  /// lines (formulas, small tables) kept as written and cut at the edge, a blank line
  /// between paragraphs.
  func lines(of paragraphs: [Paragraph], width: Int) -> [String] {
    var lines: [String] = []
    for paragraph in paragraphs {
      if !lines.isEmpty { lines.append("") }
      switch paragraph {
      case .text(let text):
        lines += wrapText(shown(text), width: width)
      case .display(let displayed):
        lines += displayed.map { "  " + shown($0) }
      }
    }
    return lines
  }
}

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
  /// between paragraphs. At most `maxLines` lines are made, so a huge paragraph costs no
  /// more than the screenful that can be shown of it.
  func lines(of paragraphs: [Paragraph], width: Int, maxLines: Int = .max) -> [String] {
    var lines: [String] = []
    for paragraph in paragraphs {
      guard lines.count < maxLines else { break }
      if !lines.isEmpty { lines.append("") }
      let room = maxLines - lines.count
      switch paragraph {
      case .text(let text):
        lines += wrapText(shown(text), width: width, maxLines: room)
      case .display(let displayed):
        lines += displayed.prefix(room).map { "  " + shown($0) }
      }
    }
    return Array(lines.prefix(maxLines))
  }
}

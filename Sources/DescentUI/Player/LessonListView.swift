import DescentEngine

/// The list of lessons, opened with `L`: number, title, whether it is finished and its poll
/// score; the lessons that could not be loaded follow, each with the warning that names its
/// file and line.
///
/// ↑/↓ (or `k`/`j`) choose, Enter (or →) opens, Esc (or `L`, ←) goes back to the lesson.
public struct LessonListView {
  /// What the player does after a key.
  public enum Action: Equatable {
    case stay
    case close
    case open(Int)
    case quit
  }

  struct Row {
    var number: Int
    var title: String
    var finished: Bool
    var score: PollScore
  }

  let rows: [Row]
  let skipped: [LessonDiagnostic]
  /// The lesson being studied when the list opened.
  let current: Int
  let glyphs: Glyphs
  /// The highlighted row.
  public private(set) var selected: Int

  public init(library: LessonLibrary, progress: StudentProgress, current: Int, glyphs: Glyphs) {
    rows = library.lessons.map { lesson in
      Row(
        number: lesson.number, title: lesson.title,
        finished: progress.finished.contains(lesson.slug), score: progress.score(for: lesson))
    }
    skipped = library.skipped
    self.current = current
    self.glyphs = glyphs
    selected = current
  }

  public mutating func handle(_ key: Key) -> Action {
    switch key {
    case .up, .character("k"):
      selected = max(selected - 1, 0)
    case .down, .character("j"):
      selected = min(selected + 1, rows.count - 1)
    case .home:
      selected = 0
    case .end:
      selected = rows.count - 1
    case .enter, .right, .character("l"), .character(" "):
      return .open(selected)
    case .escape, .left, .character("h"), .character("L"):
      return .close
    case .character("q"):
      return .quit
    case .character(let character):
      if let digit = character.wholeNumberValue,
        let index = rows.firstIndex(where: {
          $0.number == digit || $0.number == 10 && digit == 0
        })
      {
        selected = index
      }
    default:
      break
    }
    return .stay
  }

  var keyHints: [KeyHint] {
    [
      KeyHint("\(glyphs.arrowUp)\(glyphs.arrowDown)", "choose"), KeyHint("Enter", "open"),
      KeyHint("Esc", "back"), KeyHint("q", "quit"),
    ]
  }

  var helpEntries: [KeyHint] {
    [
      KeyHint("\(glyphs.arrowUp) \(glyphs.arrowDown) k j", "choose a lesson"),
      KeyHint("Enter \(glyphs.arrowRight) l", "open it"),
      KeyHint("Esc \(glyphs.arrowLeft) L", "back to the lesson"),
      KeyHint("q", "quit (progress is kept)"),
    ]
  }

  public func render(on canvas: Canvas) {
    let text = LessonTextStyle(glyphs: canvas.glyphs)
    canvas.put("Lessons", row: 0, column: 0, style: .strong)
    let done = "\(rows.filter(\.finished).count) of \(rows.count) finished"
    canvas.put(done, row: 0, column: max(canvas.columns - done.count, 0), style: .faint)
    canvas.put(
      String(repeating: canvas.glyphs.horizontal, count: canvas.columns), row: 1, column: 0,
      style: .faint)

    var warnings: [String] = []
    if !skipped.isEmpty {
      warnings.append("Left out, because they cannot be read (descent lint says more):")
      for warning in skipped {
        warnings += wrapText(text.shown(warning.description), width: max(canvas.columns - 2, 1))
          .map { "  " + $0 }
      }
    }
    let listRows = max(canvas.rows - 2 - (warnings.isEmpty ? 0 : warnings.count + 1), 3)
    let first = min(max(selected - listRows + 1, 0), max(rows.count - listRows, 0))
    for (offset, row) in rows.enumerated().dropFirst(first).prefix(listRows) {
      let line = lineText(row, isCurrent: offset == current, text: text)
      let padded = line + String(repeating: " ", count: max(canvas.columns - line.count, 0))
      canvas.put(
        padded, row: 2 + offset - first, column: 0,
        style: offset == selected ? .selected : .plain)
    }
    let top = 2 + min(listRows, rows.count) + 1
    for (index, line) in warnings.enumerated() {
      canvas.put(line, row: top + index, column: 0, style: index == 0 ? .strong : .warning)
    }
  }

  private func lineText(_ row: Row, isCurrent: Bool, text: LessonTextStyle) -> String {
    let marker = isCurrent ? "> " : "  "
    let number = row.number < 10 ? "0\(row.number)" : "\(row.number)"
    var status = row.finished ? "finished" : ""
    if row.score.answered > 0 {
      status += (status.isEmpty ? "" : ", ") + "polls \(row.score.right)/\(row.score.polls)"
    }
    let title = text.shown(row.title)
    let padding = String(repeating: " ", count: max(40 - title.count, 1))
    return "\(marker)\(number)  \(title)\(padding)\(status)"
  }
}

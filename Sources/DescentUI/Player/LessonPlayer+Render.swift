import DescentEngine

extension LessonPlayer {
  /// The title line and the rule under it.
  static let headerRows = 2

  public func render(on canvas: Canvas) {
    if let list {
      list.render(on: canvas)
      return
    }
    let text = LessonTextStyle(glyphs: canvas.glyphs)
    renderHeader(on: canvas, text: text)

    var lines: [(String, Style)] = []
    for notice in notices {
      lines += wrapText(text.shown(notice), width: canvas.columns).map { ($0, .warning) }
    }
    if !notices.isEmpty { lines.append(("", .plain)) }

    let body = canvas.region(
      row: Self.headerRows, column: 0, rows: canvas.rows - Self.headerRows,
      columns: canvas.columns)
    guard let step else {
      lines += endPage(text: text, width: canvas.columns)
      for (row, line) in lines.prefix(body.rows).enumerated() {
        body.put(line.0, row: row, column: 0, style: line.1)
      }
      renderConsole(on: body)
      return
    }

    // Only what can be shown is laid out: more lines than the body has rows, plus one for
    // each blank line between paragraphs that may be dropped below, tell the same story as
    // all of them (the prose is cut and says so).
    let shownLines = body.rows + step.paragraphs.count + 1
    lines +=
      text.lines(of: step.paragraphs, width: canvas.columns, maxLines: shownLines)
      .map { ($0, .plain) }
    var widgetRows = 0
    if let widget {
      if !step.paragraphs.isEmpty { lines.append(("", .plain)) }
      widgetRows = max(body.rows - lines.count, widget.view.minimumSize.rows)
    }
    // The widget keeps the rows it needs. Prose that does not fit above it first loses
    // the blank lines between paragraphs, then is cut, and says so.
    let proseRows = max(body.rows - widgetRows, 0)
    if lines.count > proseRows {
      lines.removeAll { $0.0.isEmpty }
    }
    if lines.count > proseRows, proseRows > 0 {
      lines = Array(lines.prefix(proseRows - 1)) + [(canvas.glyphs.ellipsis, .faint)]
    }
    for (row, line) in lines.prefix(proseRows).enumerated() {
      body.put(line.0, row: row, column: 0, style: line.1)
    }
    if let widget {
      let top = min(lines.count, proseRows)
      widget.view.render(
        on: body.region(row: top, column: 0, rows: body.rows - top, columns: body.columns))
    }
    renderConsole(on: body)
  }

  /// `Title` on the left, `lesson k of n · step i of j` on the right, a rule below.
  private func renderHeader(on canvas: Canvas, text: LessonTextStyle) {
    let place = isAtEnd ? "end of lesson" : "step \(stepIndex + 1) of \(lesson.steps.count)"
    var status = "lesson \(lesson.number) of \(lessonCount)\(canvas.glyphs.separator)\(place)"
    if progressNotSaved { status = "progress not saved" + canvas.glyphs.separator + status }
    let title = text.shown(lesson.title)
    let room = max(canvas.columns - status.count - 2, 0)
    let shownTitle =
      title.count > room ? String(title.prefix(max(room - 1, 0))) + canvas.glyphs.ellipsis : title
    canvas.put(shownTitle, row: 0, column: 0, style: .strong)
    canvas.put(status, row: 0, column: max(canvas.columns - status.count, 0), style: .faint)
    canvas.put(
      String(repeating: canvas.glyphs.horizontal, count: canvas.columns), row: 1, column: 0,
      style: .faint)
  }

  /// The number of lessons, counting the files left out, so `lesson k of n` agrees with
  /// the numbers `descent lessons` prints.
  var lessonCount: Int {
    max(library.fileCount, library.lessons.count, library.lessons.map(\.number).max() ?? 0)
  }

  /// The page after the last step: the poll score, each poll's first answer, what comes
  /// next.
  private func endPage(text: LessonTextStyle, width: Int) -> [(String, Style)] {
    var lines: [(String, Style)] = [
      ("End of lesson \(lesson.number): \(text.shown(lesson.title))", .strong), ("", .plain),
    ]
    let score = self.score
    if score.polls == 0 {
      lines.append(("This lesson has no polls.", .plain))
    } else {
      let unanswered = score.polls - score.answered
      var summary = "Polls: \(score.right) of \(score.polls) right on the first try"
      if unanswered > 0 {
        summary += " (\(unanswered) not answered)"
      }
      lines.append((summary + ".", .accent))
      for (step, poll) in lesson.polls {
        let answer = progress.answer(lesson: lesson.slug, step: step)
        let mark: String
        let style: Style
        switch answer {
        case .some(let given) where given.correct:
          (mark, style) = ("right ", .good)
        case .some:
          (mark, style) = ("wrong ", .bad)
        case .none:
          (mark, style) = ("  -   ", .faint)
        }
        let wrapped = wrapText(text.shown(poll.question), width: max(width - 9, 1))
        let question = (wrapped.first ?? "") + (wrapped.count > 1 ? text.glyphs.ellipsis : "")
        lines.append(("  " + mark + question, style))
      }
    }
    lines.append(("", .plain))
    if lessonIndex + 1 < library.lessons.count {
      let following = library.lessons[lessonIndex + 1]
      lines += wrapText(
        "Next: lesson \(following.number), \(text.shown(following.title)). "
          + "Press \(text.glyphs.arrowRight) to go on, L for the list of lessons.", width: width
      ).map { ($0, .plain) }
    } else {
      lines += wrapText(
        "This was the last lesson. L lists the lessons to revisit one; q quits.", width: width
      ).map { ($0, .plain) }
    }
    return lines
  }
}

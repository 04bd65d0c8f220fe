/// A framed box of text standing in for a widget that cannot be shown, saying why (a data
/// set that does not load, say).
struct WidgetPlaceholder: View {
  let title: String
  let lines: [String]

  mutating func update(_ event: Event) -> ViewResponse { .continue }

  func render(on canvas: Canvas) {
    let text = LessonTextStyle(glyphs: canvas.glyphs)
    let shown = lines.flatMap { wrapText(text.shown($0), width: max(canvas.columns - 4, 1)) }
    let width = min((shown.map(\.count).max() ?? 0) + 4, canvas.columns)
    let box = canvas.region(row: 0, column: 0, rows: shown.count + 2, columns: max(width, 20))
    box.box(title: title)
    for (row, line) in shown.enumerated() {
      box.inside.put(" " + line, row: row, column: 0, style: .bad)
    }
  }

  var keyHints: [KeyHint] { [] }
  var helpEntries: [KeyHint] { [] }
  var minimumSize: Size { Size(rows: lines.count + 2, columns: 20) }
  var frameInterval: Duration? { nil }
  var capturesText: Bool { false }
}

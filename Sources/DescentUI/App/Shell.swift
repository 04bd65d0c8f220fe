/// Hosts one `View` on a whole screen: the view above, a footer of keys on the last row, a
/// help overlay on `?`, and a message instead of the view while the screen is too small.
///
/// The shell is itself pure state: `handle(_:)` takes events and `render(on:glyphs:)` draws.
/// The terminal runner drives it from the real terminal; tests drive it directly.
public struct Shell<Content: View> {
  public var content: Content
  public private(set) var size: Size
  public private(set) var showsHelp = false

  public init(content: Content, size: Size) {
    self.content = content
    self.size = size
  }

  /// The size the content needs, plus the footer row.
  public var minimumSize: Size {
    Size(rows: content.minimumSize.rows + 1, columns: content.minimumSize.columns)
  }

  public var isTooSmall: Bool { !size.contains(minimumSize) }

  /// Ticks keep going under the help overlay and while the screen is too small, so that
  /// training goes on behind them.
  public var frameInterval: Duration? { content.frameInterval }

  /// Passes an event to the content, except for the keys the shell owns: `?` opens help and
  /// any key closes it; while too small, only `q` and Ctrl-C act (they quit).
  public mutating func handle(_ event: Event) -> ViewResponse {
    switch event {
    case .resize(let newSize):
      size = newSize
      return content.update(event)
    case .tick:
      return content.update(event)
    case .key(let key):
      if key == .interrupt { return .quit }
      if isTooSmall {
        return key == .character("q") ? .quit : .continue
      }
      if showsHelp {
        showsHelp = false
        return .continue
      }
      if key == .character("?"), !content.capturesText {
        showsHelp = true
        return .continue
      }
      return content.update(event)
    }
  }

  /// Draws the whole screen.
  public func render(on screen: any Screen, glyphs: Glyphs) {
    screen.clear()
    let whole = Canvas(screen: screen, glyphs: glyphs)
    if isTooSmall {
      renderTooSmall(on: whole)
      return
    }
    let body = whole.region(row: 0, column: 0, rows: whole.rows - 1, columns: whole.columns)
    content.render(on: body)
    renderFooter(on: whole.region(row: whole.rows - 1, column: 0, rows: 1, columns: whole.columns))
    if showsHelp { renderHelp(on: body) }
  }

  private func renderTooSmall(on canvas: Canvas) {
    let needed = minimumSize
    let text =
      "This window is \(size.columns)\(canvas.glyphs.times)\(size.rows). descent needs at least "
      + "\(needed.columns)\(canvas.glyphs.times)\(needed.rows): please enlarge it "
      + "(q quits)."
    let lines = wrapText(text, width: canvas.columns)
    let top = max((canvas.rows - lines.count) / 2, 0)
    for (index, line) in lines.enumerated() {
      canvas.putCentered(line, row: top + index, style: index == 0 ? .strong : .plain)
    }
  }

  private func renderFooter(on canvas: Canvas) {
    let help = KeyHint("?", "help")
    var hints = content.capturesText ? content.keyHints : content.keyHints + [help]
    func width(_ hints: [KeyHint]) -> Int {
      hints.reduce(0) { $0 + canvas.width(of: $1.key) + canvas.width(of: $1.action) + 4 }
    }
    // Drop hints from the end (keeping help, the way to all the others) until they fit.
    while width(hints) > canvas.columns, hints.count > 1 {
      hints.remove(at: hints.count - (hints.last == help ? 2 : 1))
    }
    var runs: [(String, Style)] = []
    for hint in hints {
      runs.append((" \(hint.key) ", .key))
      runs.append((" \(hint.action) ", .plain))
    }
    canvas.put(runs, row: 0, column: 0)
  }

  private func renderHelp(on canvas: Canvas) {
    let g = canvas.glyphs
    let entries = content.helpEntries.map {
      KeyHint(g.transliterate($0.key), g.transliterate($0.action))
    }
    let keyWidth = entries.map(\.key.count).max() ?? 0
    let lines = entries.map { entry in
      entry.key + String(repeating: " ", count: keyWidth - entry.key.count + 2) + entry.action
    }
    let closing = "any key closes this help"
    let textWidth = max(lines.map(\.count).max() ?? 0, closing.count)
    let width = min(textWidth + 4, canvas.columns)
    let height = min(lines.count + 4, canvas.rows)
    let box = canvas.region(
      row: (canvas.rows - height) / 2, column: (canvas.columns - width) / 2, rows: height,
      columns: width)
    box.blankAll()
    box.box(title: "keys")
    let inside = box.inside
    for (index, line) in lines.enumerated() {
      inside.put(line, row: index, column: 1)
      inside.put(entries[index].key, row: index, column: 1, style: .strong)
    }
    inside.put(closing, row: inside.rows - 1, column: 1, style: .faint)
  }
}

/// A one-line text field: a prompt, the text typed so far, a cursor, and an error shown
/// under it when a submitted value was refused.
///
/// Keys: printable characters insert; ← → Home End (Ctrl-A, Ctrl-E) move; Backspace and
/// Delete erase; Ctrl-U clears to the start; ↑ ↓ walk the history; Enter submits; Esc
/// cancels. The owner decides what a submitted text means: it parses it, and either closes
/// the line or calls `refuse(_:)` to keep it open with a reason.
public struct InputLine: Sendable, Equatable {
  public var prompt: String
  public private(set) var text: [Character]
  /// Where the next character goes: 0 is before the first.
  public private(set) var cursor: Int
  /// Why the last submitted text was refused, until the next edit.
  public private(set) var error: String?
  /// Earlier submitted lines, oldest first, for ↑ and ↓.
  public var history: [String]
  private var historyIndex: Int?

  public enum Outcome: Sendable, Equatable {
    case editing
    case submitted(String)
    case cancelled
  }

  public init(prompt: String, text: String = "", history: [String] = []) {
    self.prompt = prompt
    self.text = Array(text)
    self.cursor = self.text.count
    self.history = history
  }

  public var value: String { String(text) }

  /// Keeps the line open and shows `reason` under it.
  public mutating func refuse(_ reason: String) {
    error = reason
  }

  public mutating func handle(_ key: Key) -> Outcome {
    switch key {
    case .enter:
      let submitted = value
      if !submitted.isEmpty, history.last != submitted { history.append(submitted) }
      historyIndex = nil
      return .submitted(submitted)
    case .escape, .interrupt:
      return .cancelled
    case .character(let character):
      text.insert(character, at: cursor)
      cursor += 1
    case .backspace:
      guard cursor > 0 else { return .editing }
      text.remove(at: cursor - 1)
      cursor -= 1
    case .delete, .control("d"):
      guard cursor < text.count else { return .editing }
      text.remove(at: cursor)
    case .left, .control("b"):
      cursor = max(cursor - 1, 0)
    case .right, .control("f"):
      cursor = min(cursor + 1, text.count)
    case .home, .control("a"):
      cursor = 0
    case .end, .control("e"):
      cursor = text.count
    case .control("u"):
      text.removeFirst(cursor)
      cursor = 0
    case .control("k"):
      text.removeLast(text.count - cursor)
    case .up:
      recall(older: true)
    case .down:
      recall(older: false)
    default:
      return .editing
    }
    error = nil
    return .editing
  }

  private mutating func recall(older: Bool) {
    guard !history.isEmpty else { return }
    let index: Int?
    switch (historyIndex, older) {
    case (nil, true): index = history.count - 1
    case (nil, false): return
    case (let current?, true): index = max(current - 1, 0)
    case (let current?, false): index = current + 1 < history.count ? current + 1 : nil
    }
    historyIndex = index
    text = index.map { Array(history[$0]) } ?? []
    cursor = text.count
  }

  /// Draws the prompt and text on `row`, scrolled so the cursor stays visible, places the
  /// cursor, and draws the error (if any) on the row below.
  public func render(on canvas: Canvas, row: Int) {
    let room = max(canvas.columns - prompt.count - 1, 1)
    let start = max(cursor - room + 1, 0)
    let shown = String(text[start..<min(text.count, start + room)])
    canvas.blank(row: row)
    canvas.put([(prompt, .strong), (shown, .plain)], row: row, column: 0)
    if let error {
      canvas.blank(row: row + 1)
      canvas.put(error, row: row + 1, column: 0, style: .bad)
    }
    canvas.setCursor(row: row, column: prompt.count + cursor - start)
  }
}

import DescentEngine

extension LessonPlayer {
  /// The keys that turn to the next page, in the order the footer prefers them.
  static let nextKeys: [Key] = [.right, .character(" "), .enter, .character("l"), .pageDown]
  /// The keys that turn back, in the same order.
  static let backKeys: [Key] = [.left, .pageUp, .character("h")]

  public mutating func update(_ event: Event) -> ViewResponse {
    switch event {
    case .tick, .resize:
      if var view = widget?.view {
        _ = view.update(event)
        widget?.view = view
      }
      return .continue
    case .key(let key):
      if list != nil { return listKey(key) }
      return stepKey(key)
    }
  }

  private mutating func stepKey(_ key: Key) -> ViewResponse {
    if console.isOpen { return consoleKey(key) }
    if let widget, widget.view.capturesText { return forward(key) }
    // A playground claims `:` for its own line, which acts on its trainer.
    if key == .character(":"), widget?.claims(key) != true {
      openConsole()
      return .continue
    }
    if key == .character("q") { return .quit }
    if key == .character("L") {
      list = LessonListView(
        library: library, progress: progress, current: lessonIndex, glyphs: glyphs)
      return .continue
    }
    if poll != nil, let number = PollView.number(of: key) {
      answer(number)
      return .continue
    }
    if widget?.claims(key) == true { return forward(key) }
    if Self.nextKeys.contains(key) {
      next()
    } else if Self.backKeys.contains(key) {
      back()
    } else {
      return forward(key)
    }
    return .continue
  }

  private mutating func forward(_ key: Key) -> ViewResponse {
    guard var view = widget?.view else { return .continue }
    let response = view.update(.key(key))
    widget?.view = view
    return response
  }

  private mutating func listKey(_ key: Key) -> ViewResponse {
    guard var shown = list else { return .continue }
    let action = shown.handle(key)
    list = shown
    switch action {
    case .stay:
      break
    case .close:
      list = nil
    case .open(let index):
      list = nil
      if index != lessonIndex { go(toLesson: index, step: 0) }
    case .quit:
      return .quit
    }
    return .continue
  }

  // MARK: - Keys for the footer and the help

  /// How the footer and the help write a key.
  private func name(of key: Key) -> String {
    switch key {
    case .right: glyphs.arrowRight
    case .left: glyphs.arrowLeft
    case .character(" "): "space"
    case .character(let character): String(character)
    case .enter: "Enter"
    case .pageDown: "PgDn"
    case .pageUp: "PgUp"
    default: "?"
    }
  }

  /// The first of `keys` that the step's widget leaves to the player.
  private func firstFree(_ keys: [Key]) -> Key {
    keys.first { widget?.claims($0) != true } ?? keys[keys.count - 1]
  }

  public var keyHints: [KeyHint] {
    if let list { return list.keyHints }
    if console.isOpen { return [KeyHint("Enter", "run"), KeyHint("Esc", "close")] }
    if let widget, widget.view.capturesText { return widget.view.keyHints }
    let next = KeyHint(name(of: firstFree(Self.nextKeys)), isAtEnd ? "next lesson" : "next")
    let back = KeyHint(name(of: firstFree(Self.backKeys)), "back")
    let hints =
      (poll?.keyHints ?? []) + [next, back] + (poll == nil ? widget?.view.keyHints ?? [] : [])
      + [KeyHint(":", "statement"), KeyHint("L", "lessons"), KeyHint("q", "quit")]
    return Self.firstOfEachKey(hints)
  }

  public var helpEntries: [KeyHint] {
    if let list { return list.helpEntries }
    var entries: [KeyHint] = []
    if let poll {
      entries.append(KeyHint("1-\(poll.poll.choices.count)", "answer the poll"))
    } else {
      entries += widget?.view.helpEntries ?? []
    }
    let claimed = (Self.nextKeys + Self.backKeys).filter { widget?.claims($0) == true }
    entries += [
      KeyHint(Self.nextKeys.map(name).joined(separator: " "), "next step"),
      KeyHint(Self.backKeys.map(name).joined(separator: " "), "step back"),
    ]
    if !claimed.isEmpty {
      let names = claimed.map(name).joined(separator: " ")
      entries.append(KeyHint(names, "work the widget here, not the pages"))
    }
    return Self.firstOfEachKey(
      entries + [
        KeyHint(":", "type a statement of descent repl: grad J, a = 6, help"),
        KeyHint("L", "list of lessons"), KeyHint("?", "this help"),
        KeyHint("q", "quit (progress is kept)"),
      ])
  }

  /// `hints` without the later ones for a key already listed (a widget's own `q`, say).
  private static func firstOfEachKey(_ hints: [KeyHint]) -> [KeyHint] {
    var seen: Set<String> = []
    return hints.filter { seen.insert($0.key).inserted }
  }

  public var minimumSize: Size {
    let base = Size(rows: 16, columns: 60)
    guard let widget, list == nil else { return base }
    let needed = widget.view.minimumSize
    return Size(
      rows: max(base.rows, needed.rows + Self.headerRows + 1),
      columns: max(base.columns, needed.columns))
  }

  public var frameInterval: Duration? {
    list == nil ? widget?.view.frameInterval : nil
  }

  public var capturesText: Bool {
    list == nil && (console.isOpen || widget?.view.capturesText == true)
  }
}

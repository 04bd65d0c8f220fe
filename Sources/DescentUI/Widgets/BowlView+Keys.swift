extension BowlView {
  /// Whether the bowl acts on `key`, so that a host can keep the others for itself. The
  /// bowl leaves the arrows, `h`, `l`, space and Enter alone; while α is typed, every key
  /// is its.
  public func claims(_ key: Key) -> Bool {
    if entry != nil { return true }
    guard problem == nil, case .character(let character) = key else { return false }
    return "sg+-=ar".contains(character)
  }

  public var keyHints: [KeyHint] {
    if entry != nil { return [KeyHint("Enter", "set"), KeyHint("Esc", "cancel")] }
    guard problem == nil else { return [] }
    return [
      KeyHint("s", "step"), KeyHint("g", isRunning ? "stop" : "run"),
      KeyHint("+/-", "α up/down"), KeyHint("a", "type α"), KeyHint("r", "reset"),
    ]
  }

  public var helpEntries: [KeyHint] {
    [
      KeyHint("s", "take one step of gradient descent"),
      KeyHint("g", "run steps one after another, or stop them"),
      KeyHint("+ -", "the next larger or smaller α (1, 1.5, 2, 3 … 9 times a power of 10)"),
      KeyHint("a =", "type a value for α"),
      KeyHint("r", "back to the start, keeping α"),
      KeyHint("Enter Esc", "while typing: set α, or keep the old one"),
    ]
  }
}

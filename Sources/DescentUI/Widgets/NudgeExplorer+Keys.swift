import DescentEngine

extension NudgeExplorer {
  /// Whether the explorer acts on `key`, so that a host can keep the others (← → among
  /// them are the explorer's, to move a) for itself. While a value is typed, every key is.
  public func claims(_ key: Key) -> Bool {
    if entry != nil { return true }
    guard problem == nil else { return false }
    switch key {
    case .left, .right: return true
    case .character(let character):
      return "[]=er".contains(character) || character == inputKey
    default: return false
    }
  }

  public var keyHints: [KeyHint] {
    if entry != nil { return [KeyHint("Enter", "set"), KeyHint("Esc", "cancel")] }
    guard problem == nil else { return [] }
    return [
      KeyHint("←/→", "move \(widget.input)"), KeyHint("[/]", "shrink/grow ε"),
      KeyHint(typeKeyName, "type \(widget.input)"),
    ]
  }

  public var helpEntries: [KeyHint] {
    [
      KeyHint("← →", "move \(widget.input) down or up by \(formatNumber(step))"),
      KeyHint(typeKeyName, "type a value for \(widget.input)"),
      KeyHint("] [", "make the nudge ε ten times larger or smaller"),
      KeyHint("e", "type a value for ε"),
      KeyHint(
        "r",
        "back to \(widget.input) = \(formatNumber(widget.start)), "
          + "ε = \(formatNumber(widget.epsilon))"),
      KeyHint("Enter Esc", "while typing: set the value, or keep the old one"),
    ]
  }

  private var typeKeyName: String {
    inputKey.map { "=/\($0)" } ?? "="
  }
}

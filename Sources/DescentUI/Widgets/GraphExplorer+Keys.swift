import DescentEngine

extension GraphExplorer {
  /// Whether the graph acts on `key`, so that a host can keep the others for itself. The
  /// graph leaves the arrows, `h`, `l`, space and Enter alone; while a value is typed, every
  /// key is its.
  public func claims(_ key: Key) -> Bool {
    if entry != nil { return true }
    guard problem == nil else { return false }
    switch key {
    case .tab: return true
    case .character(let character):
      return "npr=+-".contains(character) || inputIndex(forLetter: character) != nil
    default: return false
    }
  }

  public var keyHints: [KeyHint] {
    if entry != nil { return [KeyHint("Enter", "set"), KeyHint("Esc", "cancel")] }
    guard problem == nil else { return [] }
    let name = inputs.isEmpty ? "input" : inputs[selected]
    return [
      KeyHint("n", isForwardDone ? "backward step" : "forward step"), KeyHint("p", "step back"),
      KeyHint("Tab", "choose input"), KeyHint("=", "edit \(name)"),
      KeyHint("+/-", "nudge \(name)"),
    ]
  }

  public var helpEntries: [KeyHint] {
    [
      KeyHint("n", "next step: the forward pass left to right, then the backward pass"),
      KeyHint("p", "one step back"),
      KeyHint("r", "hide both passes and start again"),
      KeyHint("Tab", "choose the next input (or type its first letter)"),
      KeyHint("=", "type a new value for the chosen input"),
      KeyHint("+ -", "nudge the chosen input up or down by \(formatNumber(GraphExplorer.epsilon))"),
      KeyHint("Enter Esc", "while typing: set the value, or keep the old one"),
    ]
  }
}

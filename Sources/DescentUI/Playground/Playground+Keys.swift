import DescentEngine

extension Playground {
  public var keyHints: [KeyHint] {
    if learningRateInput != nil {
      return [KeyHint("Enter", "set α"), KeyHint("Esc", "cancel")]
    }
    if console.isOpen {
      return [KeyHint("Enter", "run"), KeyHint("Esc", "close")]
    }
    let pause =
      trainer.status.isDiverged
      ? KeyHint("r", "reset") : KeyHint("space", isPaused ? "resume" : "pause")
    return [
      pause, KeyHint("+ -", "α ×2 ÷2"), KeyHint("a", "type α"), KeyHint("s", "step"),
      KeyHint("r", "reset"), KeyHint("l", logarithmic ? "linear" : "log scale"),
      KeyHint("q", "quit"), KeyHint(":", "statement"),
    ].reduce(into: []) { hints, hint in
      if !hints.contains(hint) { hints.append(hint) }
    }
  }

  public var helpEntries: [KeyHint] {
    [
      KeyHint("space", "pause or resume training"),
      KeyHint("s", "take one step (and pause)"),
      KeyHint("+", "multiply α by \(formatFactor())"),
      KeyHint("-", "divide α by \(formatFactor())"),
      KeyHint("a", "type an exact α (Enter sets it, Esc cancels)"),
      KeyHint("r", "start again from w = 0, b = 0; the old curve stays, faint"),
      KeyHint("l", "switch the cost axis between linear and log scale"),
      KeyHint(":", "type a statement: alpha 0.05, train 100, reset, J = 3*a, help"),
      KeyHint("?", "show or hide this help"),
      KeyHint("q", "quit"),
    ]
  }

  private func formatFactor() -> String {
    formatNumber(Self.learningRateFactor)
  }
}

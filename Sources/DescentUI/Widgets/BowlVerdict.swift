/// What the steps on the bowl are doing, said in words under the picture.
///
/// On J(w) = c·(w − w*)² each step multiplies the distance to the bottom by 1 − 2cα, so the
/// size of the jumps tells the story: shrinking without crossing the bottom, shrinking while
/// crossing it, crossing it at the same size, or growing.
public enum BowlVerdict: Equatable, Sendable {
  /// No step taken yet.
  case start
  /// Downhill on the same side, the steps shrinking.
  case converging
  /// Across the bottom every step, the jumps shrinking.
  case zigzagging
  /// Across the bottom and back at the same size, forever.
  case bouncing
  /// Across the bottom with growing jumps, or a cost that keeps rising: α is too large.
  case diverging
  /// At the bottom, as near as the numbers tell: the slope is flat there.
  case converged
  /// Not at the bottom (the slope is not 0) but w does not move, or barely: α · dJ/dw is
  /// too small to change w. `roundsToZero` when the new w is exactly the old one.
  case tooSmallToMove(roundsToZero: Bool)
  /// A step could not be computed: the cost or its slope has no value there.
  case stuck(String)

  /// The sentence shown for this verdict.
  public var sentence: String {
    switch self {
    case .start:
      "Each step moves w downhill: w ← w − α · dJ/dw. Take a step, or let it run."
    case .converging:
      "Each step goes downhill and the steps shrink as the slope flattens: converging."
    case .zigzagging:
      "α is large: each step jumps over the bottom, but the jumps shrink: converging, "
        + "zigzagging."
    case .bouncing:
      "α is exactly too large to settle: the steps jump across the bottom and back, forever."
    case .diverging:
      "α too large: the steps overshoot and grow — diverging. Make α smaller and press r."
    case .converged:
      "At the bottom: the slope is 0 to the precision shown, so the steps have stopped moving."
    case .tooSmallToMove(let roundsToZero):
      roundsToZero
        ? "α is too small to move w: the jump α · dJ/dw rounds to 0, although the slope is "
          + "not 0. Make α larger."
        : "α is too small: the slope is not 0, but each jump is too tiny to move w visibly. "
          + "Make α larger."
    case .stuck(let reason):
      "The descent stopped: \(reason). Press r to start again."
    }
  }
}

extension BowlVerdict {
  /// Whether w has stopped moving although it is not at the bottom.
  public var isStalled: Bool {
    if case .tooSmallToMove = self { return true }
    return false
  }
}

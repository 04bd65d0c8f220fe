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
  /// At the bottom, as near as the numbers tell.
  case converged
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
    case .stuck(let reason):
      "The descent stopped: \(reason). Press r to start again."
    }
  }
}

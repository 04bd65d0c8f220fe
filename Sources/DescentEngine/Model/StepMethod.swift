/// How a trainer computes each step.
public enum StepMethod: Equatable, Sendable {
  /// `LogisticRegression.gradients(on:)`: the formulas as written, one pass each.
  case reference
  /// `FusedStep`: one pass over the examples with SIMD arithmetic; the same numbers to
  /// rounding.
  case fast
}

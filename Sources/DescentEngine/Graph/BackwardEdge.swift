/// One chain-rule step of the backward pass: how much of dJ/d(step) flows into one operand.
///
/// For the step `v = a + u` and its operand `u`:
/// ```
/// dJ/du = dJ/dv · dv/du
///         upstream  local   = product
/// ```
/// When an operand is used more than once (`J = a*a`) its derivative is the sum of every
/// edge's product; `total` is that sum so far.
public struct BackwardEdge: Equatable, Sendable {
  /// The index of the step in `ComputationGraph.steps`.
  public let step: Int
  /// Which of the step's operands (0 or 1).
  public let operand: Int
  /// The step's name (`v`).
  public let from: String
  /// The operand's name (`u`).
  public let to: String
  /// d(from)/d(to): the step's own slope with respect to this operand.
  public let local: Quantity
  /// dJ/d(from), already complete because every later step has been visited.
  public let upstream: Quantity
  /// upstream · local: this edge's share of dJ/d(to).
  public let product: Quantity
  /// dJ/d(to) after adding this edge's product.
  public let total: Quantity
  /// Whether an earlier edge already reached `to` (a value used more than once).
  public let accumulates: Bool
}

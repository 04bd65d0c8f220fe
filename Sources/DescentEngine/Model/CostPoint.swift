/// One entry of a cost history: the cost at an iteration and the learning rate of the update
/// taken from it.
public struct CostPoint: Equatable, Sendable {
  public var iteration: Int
  /// J at this iteration, before its update.
  public var cost: Double
  /// α used for the update from this iteration to the next (for the latest point: the α the
  /// next update will use).
  public var learningRate: Double

  public init(iteration: Int, cost: Double, learningRate: Double) {
    self.iteration = iteration
    self.cost = cost
    self.learningRate = learningRate
  }
}

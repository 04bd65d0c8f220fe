/// Parameters of the bowl: a one-weight cost J(w), a start and a learning rate α. Each step
/// of gradient descent moves the point
///
/// ```
/// w ← w − α · dJ/dw
/// ```
public struct BowlWidget: Sendable, Equatable {
  /// The cost as a function of the one weight `w`.
  public enum Cost: Sendable, Equatable {
    /// J(w) = curvature · (w − centre)², with curvature > 0.
    case parabola(centre: Double, curvature: Double)
    /// A formula in `w`, as written, e.g. `J = (w - 3)^2 + 1`.
    case formula(String)
  }

  public var line: Int
  public var cost: Cost
  /// The weight where the point starts.
  public var start: Double
  /// The learning rate α, positive.
  public var learningRate: Double

  public init(line: Int, cost: Cost, start: Double, learningRate: Double) {
    self.line = line
    self.cost = cost
    self.start = start
    self.learningRate = learningRate
  }
}

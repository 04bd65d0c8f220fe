/// The iteration from which a new learning rate was used.
public struct LearningRateChange: Equatable, Sendable {
  public var iteration: Int
  public var learningRate: Double

  public init(iteration: Int, learningRate: Double) {
    self.iteration = iteration
    self.learningRate = learningRate
  }
}

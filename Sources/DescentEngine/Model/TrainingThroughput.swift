/// How many full-batch gradient-descent steps a second a `Trainer` takes, measured on one
/// thread.
public struct TrainingThroughput: Equatable, Sendable {
  /// Steps taken while timing.
  public var iterations: Int
  /// Seconds they took.
  public var seconds: Double
  /// Floating-point operations in one step, counted the usual way: ≈ 4·n_x·m (a multiply and
  /// an add per feature and example, forward and backward).
  public var operationsPerIteration: Double

  public var iterationsPerSecond: Double { seconds > 0 ? Double(iterations) / seconds : 0 }

  /// The arithmetic rate reached, in operations per second.
  public var operationsPerSecond: Double { iterationsPerSecond * operationsPerIteration }

  public init(iterations: Int, seconds: Double, operationsPerIteration: Double) {
    self.iterations = iterations
    self.seconds = seconds
    self.operationsPerIteration = operationsPerIteration
  }

  /// Trains on `split` with learning rate `learningRate` for at least `seconds` (after a
  /// short warm-up), in rounds of `round` steps, and reports the rate. A run that diverges
  /// starts again from w = 0, b = 0 and the timing goes on.
  public static func measure(
    split: DataSplit, learningRate: Double = 0.5, method: StepMethod = .fast,
    seconds: Double = 2, round: Int = 100
  ) -> TrainingThroughput {
    var trainer = Trainer(split: split, learningRate: learningRate, method: method)
    trainer.step(max(1, round / 10))

    let clock = ContinuousClock()
    let start = clock.now
    var iterations = 0
    var elapsed = 0.0
    repeat {
      trainer.step(round)
      iterations += round
      let duration = start.duration(to: clock.now)
      elapsed =
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
      if trainer.status != .running { trainer.reset() }
    } while elapsed < seconds
    return TrainingThroughput(
      iterations: iterations, seconds: elapsed,
      operationsPerIteration: 4 * Double(split.featureCount) * Double(split.trainCount))
  }
}

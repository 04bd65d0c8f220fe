/// Gradient descent on a `Bowl`, one weight at a time, keeping where w has been.
///
/// Each step is w ← w − α · dJ/dw. The history records the cost at each iteration (like
/// `Trainer`'s) and `positions` the w of each iteration. A run whose w or cost stops being
/// finite, or whose cost rose on `risingSteps` steps in a row to above its start, is
/// `.diverged` and takes no more steps until it is reset.
public struct BowlTrainer: Equatable, Sendable {
  /// How many rising steps in a row (above the start cost) count as diverging. Small, because
  /// on a bowl a diverging run leaves the picture within a few steps.
  public static let risingSteps = 3

  public let bowl: Bowl
  /// Where every run starts.
  public let start: Double
  /// α for the next step.
  public var learningRate: Double {
    didSet { history.changeLearningRate(to: learningRate) }
  }
  /// The current weight.
  public private(set) var w: Double
  public private(set) var iteration = 0
  /// J(w) now.
  public private(set) var cost = 0.0
  public private(set) var history = CostHistory()
  /// w at iterations 0 … `iteration`.
  public private(set) var positions: [Double] = []
  public private(set) var status = TrainingStatus.running

  private var watch = DivergenceWatch(risingSteps: BowlTrainer.risingSteps)

  public init(bowl: Bowl = Bowl(), start: Double = 0, learningRate: Double) {
    self.bowl = bowl
    self.start = start
    self.learningRate = learningRate
    self.w = start
    reset()
  }

  /// dJ/dw at the current w.
  public var slope: Double { bowl.slope(at: w) }

  /// Whether the last step jumped over the centre to the other side.
  public var isOscillating: Bool {
    guard positions.count >= 2 else { return false }
    let before = positions[positions.count - 2] - bowl.centre
    let after = positions[positions.count - 1] - bowl.centre
    return before * after < 0
  }

  /// Takes up to `count` steps; none once the run has diverged.
  public mutating func step(_ count: Int = 1) {
    for _ in 0..<max(count, 0) {
      guard status == .running else { return }
      let next = w - learningRate * bowl.slope(at: w)
      let nextCost = bowl.cost(at: next)
      guard next.isFinite && nextCost.isFinite else {
        status = .diverged(
          iteration: iteration + 1, reason: "w flew off to where numbers are no longer finite")
        return
      }

      w = next
      cost = nextCost
      iteration += 1
      positions.append(w)
      history.append(cost: cost, learningRate: learningRate)
      if let reason = watch.observe(cost: cost) {
        status = .diverged(iteration: iteration, reason: reason)
      }
    }
  }

  /// Back to w = `start`, iteration 0; the learning rate stays as it is.
  public mutating func reset() {
    w = start
    iteration = 0
    cost = bowl.cost(at: start)
    status = .running
    positions = [start]
    history.removeAll()
    history.append(cost: cost, learningRate: learningRate)
    watch.reset()
    _ = watch.observe(cost: cost)
  }
}

/// Full-batch gradient descent for logistic regression on a data split.
///
/// Each step takes the whole training set:
///
/// ```
/// dw, db = ∂J/∂w, ∂J/∂b at (w, b)
/// w ← w − α dw,   b ← b − α db
/// ```
///
/// The trainer starts from w = 0, b = 0 at iteration 0, and after every step its `history`
/// ends with the cost at the current `iteration`, so `cost == history.last?.cost`. The
/// learning rate α may change between any two steps; the history records from which iteration
/// each α was used. When a number stops being finite, or the cost keeps rising (see
/// `DivergenceWatch`), the run stops at the last finite state and `status` says `.diverged`.
public struct Trainer: Sendable {
  /// How many rising steps in a row (above the start cost) count as diverging.
  public static let risingSteps = 10

  /// The data trained on (`train`) and held out (`test`).
  public let split: DataSplit
  /// α for the next step.
  public var learningRate: Double {
    didSet { history.changeLearningRate(to: learningRate) }
  }
  /// How many updates have been taken since the start.
  public private(set) var iteration = 0
  /// J(w, b) on the training set at the current iteration.
  public private(set) var cost = 0.0
  /// The cost at every iteration from 0 to `iteration`.
  public private(set) var history = CostHistory()
  public private(set) var status = TrainingStatus.running
  /// The current w and b.
  public private(set) var model: LogisticRegression

  private let kernel: StepKernel
  /// J, dw and db at the current w and b, computed with the cost and kept for the next step.
  private var gradientsHere = Gradients(cost: 0, dw: [], db: 0)
  private var watch = DivergenceWatch(risingSteps: Trainer.risingSteps)

  /// - Parameters:
  ///   - split: the data; training uses `split.train`.
  ///   - learningRate: α for the first steps.
  ///   - method: `.fast` (the default) or `.reference`; both give the same numbers to
  ///     rounding.
  public init(split: DataSplit, learningRate: Double, method: StepMethod = .fast) {
    self.split = split
    self.learningRate = learningRate
    self.model = LogisticRegression(featureCount: split.featureCount)
    self.kernel = StepKernel(method: method, examples: split.train)
    reset()
  }

  /// w.
  public var weights: [Double] { model.weights }
  /// b.
  public var bias: Double { model.bias }

  /// The fraction (0…1) of training examples predicted right by the current w, b.
  public var trainAccuracy: Double { model.accuracy(on: split.train) }
  /// The fraction (0…1) of test examples predicted right by the current w, b.
  public var testAccuracy: Double { model.accuracy(on: split.test) }

  /// Takes up to `count` gradient-descent steps; fewer when the run diverges on the way, and
  /// none once it has.
  public mutating func step(_ count: Int = 1) {
    for _ in 0..<max(count, 0) {
      guard status == .running else { return }
      guard gradientsHere.isFinite else {
        status = .diverged(iteration: iteration, reason: "the derivatives are no longer finite")
        return
      }

      var next = model
      next.update(with: gradientsHere, learningRate: learningRate)
      guard next.bias.isFinite && next.weights.allSatisfy(\.isFinite) else {
        status = .diverged(iteration: iteration, reason: "w or b is no longer a finite number")
        return
      }

      // One pass at the new point gives its cost (for the history) and the gradients the
      // next step needs, kept until then.
      let ahead = kernel.gradients(of: next)
      guard ahead.cost.isFinite else {
        status = .diverged(iteration: iteration + 1, reason: "the cost is no longer finite")
        return
      }
      accept(next, cost: ahead.cost)
      gradientsHere = ahead
      if let reason = watch.observe(cost: ahead.cost) {
        status = .diverged(iteration: iteration, reason: reason)
        return
      }
    }
  }

  /// Back to w = 0, b = 0, iteration 0 and a history holding only the start cost; the
  /// learning rate stays as it is.
  public mutating func reset() {
    model = LogisticRegression(featureCount: split.featureCount)
    iteration = 0
    status = .running
    watch.reset()
    history.removeAll()
    gradientsHere = kernel.gradients(of: model)
    cost = gradientsHere.cost
    _ = watch.observe(cost: cost)
    history.append(cost: cost, learningRate: learningRate)
  }

  private mutating func accept(_ next: LogisticRegression, cost: Double) {
    model = next
    iteration += 1
    self.cost = cost
    history.append(cost: cost, learningRate: learningRate)
  }
}

/// Parameters of the embedded training playground: logistic regression trained by full-batch
/// gradient descent on a data set, starting from w = 0, b = 0.
public struct PlaygroundWidget: Sendable, Equatable {
  public var line: Int
  public var dataset: LessonDataset
  /// For `digits`: the digit that counts as y = 1 (0–9). `nil` for other data sets.
  public var target: Int?
  /// The learning rate α the run starts with, positive.
  public var learningRate: Double
  /// Where the run stops by itself; `nil` lets it run until the student stops it.
  public var iterations: Int?
  /// Iterations per animation frame; `nil` leaves the pace to the player.
  public var speed: Int?
  /// Whether features are standardised (matters for `breast-cancer`); true unless
  /// the lesson says `scale: off`.
  public var scaled: Bool

  public init(
    line: Int, dataset: LessonDataset, target: Int?, learningRate: Double,
    iterations: Int? = nil, speed: Int? = nil, scaled: Bool = true
  ) {
    self.line = line
    self.dataset = dataset
    self.target = target
    self.learningRate = learningRate
    self.iterations = iterations
    self.speed = speed
    self.scaled = scaled
  }

  /// The data set as the trainer loads it (`DataSplit.load`); a CSV path is absolute, already
  /// resolved against the lessons folder.
  public var source: DatasetSource {
    switch dataset {
    case .digits: .digits(target: target ?? 0)
    case .breastCancer: .breastCancer(scaled: scaled)
    case .csv(_, let url): .csv(path: url.path, scaled: scaled)
    }
  }
}

/// Parameters of the image-as-a-vector widget.
///
/// `show: digit` draws one 8×8 image (row `row` of the data set) in shades, beside its 64
/// numbers unrolled into x. `show: weights` trains on the data set for `target` and draws the
/// 64 weights w as an 8×8 heat map (beside the image of `row`, when one is given).
public struct ImageWidget: Sendable, Equatable {
  public enum Show: String, Sendable, Equatable, CaseIterable {
    case digit
    case weights
  }

  public var line: Int
  /// `digits`, or a CSV file with 64 pixel columns and a label.
  public var dataset: LessonDataset
  /// 1-based row of the data set (row 1 is the file's first example). Always set for
  /// `show: digit`; optional for `show: weights`.
  public var row: Int?
  public var show: Show
  /// For `show: weights`: the digit trained against the rest.
  public var target: Int?
  /// For `show: weights`: the learning rate α of that training.
  public var learningRate: Double
  /// For `show: weights`: how many iterations to train before drawing w.
  public var iterations: Int

  public static let defaultLearningRate = 0.5
  public static let defaultIterations = 500

  public init(
    line: Int, dataset: LessonDataset, row: Int?, show: Show = .digit, target: Int? = nil,
    learningRate: Double = ImageWidget.defaultLearningRate,
    iterations: Int = ImageWidget.defaultIterations
  ) {
    self.line = line
    self.dataset = dataset
    self.row = row
    self.show = show
    self.target = target
    self.learningRate = learningRate
    self.iterations = iterations
  }

  /// For `show: weights`: the data set the weights are trained on (`DataSplit.load`).
  public var trainingSource: DatasetSource {
    switch dataset {
    case .csv(_, let url): .csv(path: url.path, scaled: false)
    default: .digits(target: target ?? 0)
    }
  }
}

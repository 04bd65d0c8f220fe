import Foundation

/// The logistic regression a REPL session trains: which data, the learning rate α, and the
/// trainer once data is loaded.
struct ReplModel: Sendable {
  /// α before any data is loaded, as `descent play` starts.
  static let defaultLearningRate = 0.1
  /// About how many cost lines one `train` prints.
  static let linesPerRun = 10

  var dataDirectory: URL?
  var learningRate = Self.defaultLearningRate
  var split: DataSplit?
  var trainer: Trainer?

  init(dataDirectory: URL?) {
    self.dataDirectory = dataDirectory
  }

  /// `data …`: loads and splits a data set, and starts training it from w = 0, b = 0.
  mutating func load(_ source: DatasetSource, column: Int) throws(ReplError) -> [String] {
    let split: DataSplit
    do {
      split = try DataSplit.load(source, dataDirectory: dataDirectory)
    } catch {
      throw ReplError(column: column, "cannot load the data: \(error.description)")
    }
    self.split = split
    trainer = Trainer(split: split, learningRate: learningRate)
    return [Self.describe(split)]
  }

  /// `digits (3 against the rest): n_x = 64, m_train = 1437, m_test = 360`
  static func describe(_ split: DataSplit) -> String {
    "\(split.name): n_x = \(split.featureCount), m_train = \(split.trainCount), "
      + "m_test = \(split.testCount)"
  }

  /// `alpha A` sets α for the next steps; `alpha` shows it.
  mutating func alpha(_ value: Double?) -> [String] {
    if let value {
      learningRate = value
      trainer?.learningRate = value
    }
    return ["α = \(formatNumber(learningRate))"]
  }

  /// The most steps taken between two looks at `shouldStop`.
  static let stepsBetweenChecks = 50

  /// `train N`: N steps of gradient descent, printing the cost before the first, about ten
  /// times on the way, and after the last; or where the run diverged, or where `shouldStop`
  /// said to stop (Ctrl-C at the prompt).
  mutating func train(
    _ steps: Int, shouldStop: () -> Bool = { false }
  ) throws(ReplError) -> [String] {
    guard var trainer else { throw Self.noData }
    if case .diverged(let iteration, _) = trainer.status {
      throw ReplError(
        column: 1,
        "this run diverged at iteration \(iteration); reset first, with a smaller α")
    }
    let every = max(1, steps / Self.linesPerRun)
    var lines = [Self.costLine(trainer)]
    var done = 0
    while done < steps {
      let nextLine = min(steps, (done / every + 1) * every)
      let chunk = min(nextLine - done, Self.stepsBetweenChecks)
      trainer.step(chunk)
      done += chunk
      if case .diverged(let iteration, let reason) = trainer.status {
        lines.append("diverged at iteration \(iteration): \(reason)")
        break
      }
      if shouldStop() {
        lines.append(Self.costLine(trainer))
        lines.append("stopped at iteration \(trainer.iteration), \(done) of \(steps) steps")
        break
      }
      if done == nextLine { lines.append(Self.costLine(trainer)) }
    }
    self.trainer = trainer
    return lines
  }

  /// `iteration 500  cost 0.1234`, the form `descent train` prints.
  static func costLine(_ trainer: Trainer) -> String {
    "iteration \(trainer.iteration)  cost \(formatNumber(trainer.cost))"
  }

  func cost() throws(ReplError) -> [String] {
    guard let trainer else { throw Self.noData }
    return [Self.costLine(trainer)]
  }

  func accuracy() throws(ReplError) -> [String] {
    guard let trainer else { throw Self.noData }
    return [
      "train accuracy: \(Self.percent(trainer.trainAccuracy))",
      "test accuracy: \(Self.percent(trainer.testAccuracy))",
    ]
  }

  mutating func reset() throws(ReplError) -> [String] {
    guard trainer != nil else { throw Self.noData }
    trainer?.reset()
    guard let trainer else { throw Self.noData }
    return ["back to w = 0, b = 0: " + Self.costLine(trainer)]
  }

  /// The model's lines for `vars`.
  func summary() -> [String] {
    guard let split, let trainer else {
      return ["α = \(formatNumber(learningRate)); no data loaded (try: data digits 3)"]
    }
    return [
      "data: " + Self.describe(split),
      "α = \(formatNumber(learningRate)); " + Self.costLine(trainer),
    ]
  }

  static func percent(_ fraction: Double) -> String {
    String(format: "%.2f%%", fraction * 100)
  }

  static let noData = ReplError(
    column: 1, "no data loaded yet; load some first, as in: data digits 3")
}

import Foundation

/// A data set split the fixed way: the first ⌊0.8·m⌋ rows train, the rest test.
public struct DataSplit: Equatable, Sendable {
  /// What the data is, e.g. `digits (3 against the rest)`.
  public var name: String
  /// Where the numbers came from and what was done to them, one sentence.
  public var description: String
  /// The training examples: X_train (n_x, m_train), Y_train (1, m_train).
  public var train: Examples
  /// The held-out examples: X_test (n_x, m_test), Y_test (1, m_test).
  public var test: Examples
  /// The standardisation applied, when the features were scaled.
  public var scaling: FeatureScaling?

  /// The fraction of rows that train.
  public static let trainFraction = 0.8

  public init(
    name: String, description: String, train: Examples, test: Examples,
    scaling: FeatureScaling? = nil
  ) {
    precondition(train.featureCount == test.featureCount, "train and test disagree on n_x")
    self.name = name
    self.description = description
    self.train = train
    self.test = test
    self.scaling = scaling
  }

  /// n_x.
  public var featureCount: Int { train.featureCount }
  /// m_train.
  public var trainCount: Int { train.count }
  /// m_test.
  public var testCount: Int { test.count }

  /// The number of training rows for `m` rows in all: ⌊0.8·m⌋.
  public static func trainCount(of m: Int) -> Int { m * 4 / 5 }

  /// Splits all `examples` the fixed way, standardising with the training rows when `scaled`.
  public init(name: String, description: String, all examples: Examples, scaled: Bool) {
    let n = examples.featureCount
    let cut = DataSplit.trainCount(of: examples.count)
    var train = Examples(
      featureCount: n, features: Array(examples.features[0..<cut * n]),
      labels: Array(examples.labels[0..<cut]))
    var test = Examples(
      featureCount: n, features: Array(examples.features[(cut * n)...]),
      labels: Array(examples.labels[cut...]))
    var scaling: FeatureScaling?
    if scaled {
      let fitted = FeatureScaling(fittedTo: train)
      train = fitted.apply(to: train)
      test = fitted.apply(to: test)
      scaling = fitted
    }
    self.init(name: name, description: description, train: train, test: test, scaling: scaling)
  }
}

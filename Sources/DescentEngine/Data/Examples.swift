/// A set of labelled examples stacked the lecture's way: X has shape (n_x, m), one column per
/// example, and Y has shape (1, m).
///
/// The storage keeps each example's n_x features next to each other, which is column-major
/// order for X: feature `j` of example `i` sits at `features[i * featureCount + j]`.
public struct Examples: Equatable, Sendable {
  /// n_x, the number of features of one example.
  public let featureCount: Int
  /// X in column-major order: example after example.
  public let features: [Double]
  /// Y: one 0 or 1 per example.
  public let labels: [Double]

  /// - Precondition: `features.count == featureCount * labels.count`.
  public init(featureCount: Int, features: [Double], labels: [Double]) {
    precondition(features.count == featureCount * labels.count, "X and Y disagree on m")
    self.featureCount = featureCount
    self.features = features
    self.labels = labels
  }

  /// m, the number of examples.
  public var count: Int { labels.count }

  /// The features x⁽ⁱ⁾ of example `index` (0-based).
  public func example(_ index: Int) -> ArraySlice<Double> {
    features[index * featureCount..<(index + 1) * featureCount]
  }

  /// X's shape as the lecture writes it, `(n_x, m)`.
  public var shapeOfX: String { "(\(featureCount), \(count))" }

  /// Y's shape as the lecture writes it, `(1, m)`.
  public var shapeOfY: String { "(1, \(count))" }

  /// The fraction of examples labelled 1.
  public var positiveFraction: Double {
    count == 0 ? 0 : labels.reduce(0, +) / Double(count)
  }
}

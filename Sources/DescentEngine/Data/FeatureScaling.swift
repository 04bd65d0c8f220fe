/// Standardisation of features: each feature has its training mean subtracted and is divided
/// by its training standard deviation,
///
/// ```
/// x_j ← (x_j − μ_j) / σ_j,   μ_j = (1/m) Σ_i x_j⁽ⁱ⁾,   σ_j = √((1/m) Σ_i (x_j⁽ⁱ⁾ − μ_j)²)
/// ```
///
/// with the population standard deviation (divide by m, not m − 1), computed on the training
/// rows only so that nothing about the test rows leaks into training. A feature that never
/// changes (σ_j = 0) is only centred: dividing by zero would turn it into NaN.
public struct FeatureScaling: Equatable, Sendable {
  /// μ_j for each feature.
  public let means: [Double]
  /// σ_j for each feature, as measured (zero for a constant feature).
  public let standardDeviations: [Double]

  /// Measures the mean and standard deviation of every feature of `examples`.
  public init(fittedTo examples: Examples) {
    let n = examples.featureCount
    let m = examples.count
    var means = [Double](repeating: 0, count: n)
    var deviations = [Double](repeating: 0, count: n)
    guard m > 0 else {
      self.means = means
      self.standardDeviations = deviations
      return
    }

    for i in 0..<m {
      for j in 0..<n { means[j] += examples.features[i * n + j] }
    }
    for j in 0..<n { means[j] /= Double(m) }

    for i in 0..<m {
      for j in 0..<n {
        let centred = examples.features[i * n + j] - means[j]
        deviations[j] += centred * centred
      }
    }
    for j in 0..<n { deviations[j] = (deviations[j] / Double(m)).squareRoot() }

    self.means = means
    self.standardDeviations = deviations
  }

  /// `examples` with every feature standardised by the measured mean and deviation.
  public func apply(to examples: Examples) -> Examples {
    let n = examples.featureCount
    var features = examples.features
    for i in 0..<examples.count {
      for j in 0..<n {
        let divisor = standardDeviations[j] > 0 ? standardDeviations[j] : 1
        features[i * n + j] = (features[i * n + j] - means[j]) / divisor
      }
    }
    return Examples(featureCount: n, features: features, labels: examples.labels)
  }
}

extension DataSplit {
  /// A large deterministic data set for measuring speed, the one `bench/numpy_step.py`
  /// builds: for feature k of example j,
  ///
  /// ```
  /// x_k⁽ʲ⁾ = ((7919·k + 104729·j + 17) mod 256) / 255,   y⁽ʲ⁾ = 1 when x_0⁽ʲ⁾ + x_1⁽ʲ⁾ > 1
  /// ```
  ///
  /// All `count` examples train; there are no test examples.
  public static func synthetic(featureCount: Int = 784, count: Int = 10_000) -> DataSplit {
    var features = [Double](repeating: 0, count: featureCount * count)
    var labels = [Double](repeating: 0, count: count)
    for j in 0..<count {
      for k in 0..<featureCount {
        features[j * featureCount + k] = Double((k * 7919 + j * 104_729 + 17) % 256) / 255
      }
      if featureCount >= 2 && features[j * featureCount] + features[j * featureCount + 1] > 1 {
        labels[j] = 1
      }
    }
    return DataSplit(
      name: "synthetic (\(featureCount) × \(count))",
      description: "deterministic pseudo-pixels for measuring speed",
      train: Examples(featureCount: featureCount, features: features, labels: labels),
      test: Examples(featureCount: featureCount, features: [], labels: []))
  }
}

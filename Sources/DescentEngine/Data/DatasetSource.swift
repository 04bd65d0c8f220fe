/// Which data set to train on.
public enum DatasetSource: Equatable, Sendable {
  /// The 8×8 handwritten digits, pixels scaled to 0…1, with y = 1 when the image shows
  /// `target` (0–9) and y = 0 for every other digit.
  case digits(target: Int)
  /// The Wisconsin breast cancer measurements, label 1 = benign; `scaled` standardises the
  /// features with the training rows' mean and standard deviation.
  case breastCancer(scaled: Bool)
  /// Any CSV file whose last column is a 0/1 label, with or without a header line.
  case csv(path: String, scaled: Bool)

  /// The file name of a named data set inside the data folder.
  var bundledFileName: String? {
    switch self {
    case .digits: "digits.csv"
    case .breastCancer: "breast_cancer.csv"
    case .csv: nil
    }
  }

  /// A short human name: `digits (3 against the rest)`, `breast cancer (scaled)`.
  public var name: String {
    switch self {
    case .digits(let target): "digits (\(target) against the rest)"
    case .breastCancer(let scaled): "breast cancer (\(scaled ? "scaled" : "raw features"))"
    case .csv(let path, let scaled): "\(path) (\(scaled ? "scaled" : "raw features"))"
    }
  }
}

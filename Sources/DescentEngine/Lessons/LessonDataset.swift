import Foundation

/// A data set a lesson names: one of the two shipped ones, or a CSV file of the lessons folder.
public enum LessonDataset: Sendable, Equatable {
  /// `digits`: 8×8 images of handwritten digits, `lessons/data/digits.csv`.
  case digits
  /// `breast-cancer`: Wisconsin diagnostic measurements, `lessons/data/breast_cancer.csv`.
  case breastCancer
  /// A CSV file whose last column is a 0/1 label: `path` as written in the lesson, `url`
  /// resolved against the lessons folder.
  case csv(path: String, url: URL)

  /// The name as a lesson or the `--dataset` option writes it.
  public var name: String {
    switch self {
    case .digits: "digits"
    case .breastCancer: "breast-cancer"
    case .csv(let path, _): path
    }
  }

  /// The CSV file holding the data, given the lessons folder.
  public func file(inLessonsFolder folder: URL) -> URL {
    switch self {
    case .digits: folder.appendingPathComponent("data/digits.csv")
    case .breastCancer: folder.appendingPathComponent("data/breast_cancer.csv")
    case .csv(_, let url): url
    }
  }
}

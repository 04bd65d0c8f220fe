import Foundation

@testable import DescentEngine

/// Where the test data lives, and scratch files for malformed inputs.
enum DataTestSupport {
  /// `lessons/data/` of this package.
  static var dataDirectory: URL {
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("lessons/data", isDirectory: true)
  }

  /// A fixture file of this test target.
  static func fixture(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/\(name)")
  }

  /// Writes `text` to a new file in the temporary folder and returns its path.
  static func writeTemporary(_ text: String, name: String = "data.csv") throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("descent-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: file)
    return file.path
  }

  static func digits(target: Int) throws -> DataSplit {
    try DataSplit.load(.digits(target: target), dataDirectory: dataDirectory)
  }

  static func breastCancer(scaled: Bool) throws -> DataSplit {
    try DataSplit.load(.breastCancer(scaled: scaled), dataDirectory: dataDirectory)
  }
}

import DescentEngine
import Foundation

/// The shipped lessons folder and a way to read a lesson from a string, for lesson tests.
enum LessonFixture {
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  static var lessonsFolder: URL { packageRoot.appendingPathComponent("lessons") }

  /// Parses `text` as if it were `lessons/test.lesson`.
  static func parse(_ text: String) -> LessonParser.Result {
    LessonParser.parse(bytes: Array(text.utf8), file: "test.lesson", folder: lessonsFolder)
  }

  /// A fresh empty folder under the temporary folder.
  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("descent-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }
}

import DescentUI
import Foundation
import Testing

/// Golden screens: a rendered screen compared, as text, with a file in `Golden/`.
///
/// To write or refresh the files after an intended change of the screens, run
///
///     UPDATE_GOLDEN=1 swift test --filter DescentUITests
///
/// then read the diff of `Tests/DescentUITests/Golden/` before committing it.
enum Golden {
  static var folder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Golden", isDirectory: true)
  }

  /// Checks `screen`'s text against `Golden/name.txt`.
  static func check(
    _ screen: MemoryScreen, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let file = folder.appendingPathComponent(name + ".txt")
    let actual = screen.text + "\n"
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
      try actual.write(to: file, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    if expected != actual {
      Issue.record(
        "screen differs from Golden/\(name).txt (UPDATE_GOLDEN=1 rewrites it):\n\(actual)",
        sourceLocation: sourceLocation)
    }
  }
}

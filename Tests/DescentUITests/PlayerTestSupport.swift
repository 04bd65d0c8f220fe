import DescentEngine
import DescentUI
import Foundation

/// The shipped lessons and ways to look at a player, for the player's tests.
enum PlayerFixture {
  static var lessonsFolder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("lessons", isDirectory: true)
  }

  static let library = LessonLibrary.load(folder: lessonsFolder, displayFolder: "lessons")

  /// A player on the shipped lessons at `lesson` (1-based number) and `step` (0-based),
  /// remembering every save in `saves`.
  static func player(
    lesson: Int = 1, step: Int = 0, glyphs: Glyphs = .unicode, progress: StudentProgress = .init(),
    saves: SaveLog = SaveLog(), notices: [String] = []
  ) -> LessonPlayer {
    LessonPlayer(
      library: library, lessonsFolder: lessonsFolder, progress: progress,
      start: ResumePoint(lessonIndex: lesson - 1, step: step), notices: notices, glyphs: glyphs,
      save: { saves.record($0) })
  }

  /// The player drawn by a shell on a screen of `rows` × `columns`.
  static func screen(
    _ player: LessonPlayer, glyphs: Glyphs = .unicode, rows: Int = 24, columns: Int = 80
  ) -> MemoryScreen {
    let screen = MemoryScreen(rows: rows, columns: columns)
    Shell(content: player, size: Size(rows: rows, columns: columns))
      .render(on: screen, glyphs: glyphs)
    return screen
  }

  /// Whether every cell of the screen is ASCII.
  static func isASCII(_ screen: MemoryScreen) -> Bool {
    screen.text.unicodeScalars.allSatisfy(\.isASCII)
  }
}

/// Keeps what a player saved, and can pretend the disk is full.
final class SaveLog: @unchecked Sendable {
  private(set) var saved: [StudentProgress] = []
  var failure: ProgressNotice?

  init(failure: ProgressNotice? = nil) {
    self.failure = failure
  }

  func record(_ progress: StudentProgress) -> ProgressNotice? {
    saved.append(progress)
    return failure
  }
}

extension LessonPlayer {
  /// Sends keys one after another.
  mutating func press(_ keys: Key...) {
    for key in keys { _ = update(.key(key)) }
  }
}

import DescentEngine
import DescentUI
import Foundation
import Testing

@Suite("the list of lessons")
struct LessonListTests {
  /// Two good lessons and a broken one, in a folder of their own.
  static func folderWithABrokenLesson() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("descent-list-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for name in ["01-images-as-vectors.lesson", "03-the-model.lesson"] {
      try FileManager.default.copyItem(
        at: PlayerFixture.lessonsFolder.appendingPathComponent(name),
        to: folder.appendingPathComponent(name))
    }
    try "# Broken\n\nSome prose.\n\n::: poll\nquestion: Which?\n1. this\n:::\n"
      .write(
        to: folder.appendingPathComponent("02-broken.lesson"), atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      at: folder.appendingPathComponent("data"),
      withDestinationURL: PlayerFixture.lessonsFolder.appendingPathComponent("data"))
    return folder
  }

  @Test(
    "it lists the lessons and the broken one's warning, naming file and line",
    arguments: [("utf8", Glyphs.unicode), ("ascii", Glyphs.ascii)] as [(String, Glyphs)])
  func golden(glyphs: (name: String, set: Glyphs)) throws {
    let folder = try Self.folderWithABrokenLesson()
    defer { try? FileManager.default.removeItem(at: folder) }
    let library = LessonLibrary.load(folder: folder, displayFolder: "lessons")
    #expect(library.lessons.count == 2)
    var progress = StudentProgress()
    progress.finish("images-as-vectors")
    progress.answer(lesson: "images-as-vectors", step: 5, choice: 2, correct: true)
    var player = LessonPlayer(
      library: library, lessonsFolder: folder, progress: progress,
      start: ResumePoint(lessonIndex: 1, step: 0), glyphs: glyphs.set)
    player.press(.character("L"))
    let screen = PlayerFixture.screen(player, glyphs: glyphs.set)
    try Golden.check(screen, "list-\(glyphs.name)")
    #expect(screen.text.contains("lessons/02-broken.lesson:"))
    #expect(screen.text.contains("lesson 3 of 3") == false)
  }

  @Test("arrows choose, Enter opens, Esc goes back to the same step")
  func keys() {
    var player = PlayerFixture.player(lesson: 2, step: 3)
    player.press(.character("L"), .up, .escape)
    #expect(player.lesson.number == 2 && player.stepIndex == 3)
    player.press(.character("L"), .down, .down, .enter)
    #expect(player.lesson.number == 4 && player.stepIndex == 0)
  }
}

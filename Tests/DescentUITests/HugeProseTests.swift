import DescentEngine
import DescentUI
import Foundation
import Testing

@Suite("prose far longer than a screen")
struct HugeProseTests {
  /// One unbroken word of a million characters.
  private static let millionX = String(repeating: "x", count: 1_000_000)

  @Test("a million-character word is cut into full lines, the rest kept at the end")
  func wrapsWholeWord() throws {
    let lines = wrapText("ab " + Self.millionX + " cd", width: 100)
    #expect(lines.count == 10_002)
    #expect(lines.first == "ab")
    #expect(lines.dropFirst().dropLast().allSatisfy { $0.count == 100 })
    #expect(lines.last == "cd")
  }

  @Test("asking for a screenful of lines makes only that many")
  func stopsAtMaxLines() {
    let lines = wrapText(Self.millionX, width: 100, maxLines: 30)
    #expect(lines == Array(repeating: String(repeating: "x", count: 100), count: 30))
    #expect(wrapText("a b c", width: 1, maxLines: 2) == ["a", "b"])
    #expect(wrapText("a\nb\nc", width: 5, maxLines: 2) == ["a", "b"])
    #expect(wrapText("a b", width: 5, maxLines: 0).isEmpty)
  }

  @Test(
    "a lesson of one million-character line draws a screenful and says it is cut",
    arguments: [Glyphs.unicode, Glyphs.ascii])
  func lessonDraws(glyphs: Glyphs) throws {
    let bytes = Array(("# Huge\n\n" + Self.millionX + "\n").utf8)
    let folder = FileManager.default.temporaryDirectory
    let parsed = LessonParser.parse(bytes: bytes, file: "01-huge.lesson", folder: folder)
    let lesson = try #require(parsed.lesson)
    let player = LessonPlayer(
      library: LessonLibrary(lessons: [lesson], fileCount: 1), lessonsFolder: folder,
      progress: StudentProgress(), start: ResumePoint(lessonIndex: 0, step: 0), glyphs: glyphs)
    let screen = MemoryScreen(rows: 30, columns: 100)
    player.render(on: Canvas(screen: screen, glyphs: glyphs))

    let full = String(repeating: "x", count: 100)
    #expect(screen.lines[0].hasPrefix("Huge"))
    #expect(screen.lines[2..<29].allSatisfy { $0 == full })
    #expect(screen.lines[29] == glyphs.ellipsis)
  }
}

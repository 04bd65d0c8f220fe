import DescentEngine
import DescentUI
import Testing

@Suite("all the lessons")
struct PlayerWalkTests {
  @Test("the ten lessons load without errors")
  func tenLessons() {
    #expect(PlayerFixture.library.lessons.count == 10)
    #expect(PlayerFixture.library.skipped.isEmpty)
  }

  @Test(
    "PgDn walks every step of every lesson, each drawn, in UTF-8 and ASCII",
    arguments: [Glyphs.unicode, .ascii])
  func walkAll(glyphs: Glyphs) {
    var player = PlayerFixture.player(glyphs: glyphs)
    var visited: [String] = []
    var pages = 0
    while pages < 500 {
      pages += 1
      visited.append("\(player.lesson.slug)/\(player.stepIndex)")
      let screen = PlayerFixture.screen(player, glyphs: glyphs)
      #expect(screen.lines[0].contains("lesson \(player.lesson.number) of 10"))
      if !glyphs.isUnicode {
        #expect(PlayerFixture.isASCII(screen), "\(visited.last ?? ""):\n\(screen.text)")
      }
      let before = (player.lessonIndex, player.stepIndex)
      player.press(.pageDown)
      if before == (player.lessonIndex, player.stepIndex) { break }
    }
    let expected = PlayerFixture.library.lessons.flatMap { lesson in
      (0...lesson.steps.count).map { "\(lesson.slug)/\($0)" }
    }
    #expect(visited == expected)
    #expect(player.progress.finished.count == 10)
  }

  @Test("the list opens any lesson at its first step")
  func listOpens() {
    for lesson in PlayerFixture.library.lessons {
      var player = PlayerFixture.player(lesson: 1, step: 2)
      player.press(.character("L"))
      for _ in 1..<lesson.number { player.press(.down) }
      player.press(.enter)
      #expect(player.lesson.number == lesson.number)
      #expect(player.stepIndex == (lesson.number == 1 ? 2 : 0))
    }
  }
}

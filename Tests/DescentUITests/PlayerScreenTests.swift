import DescentEngine
import DescentUI
import Testing

@Suite("the player's screens")
struct PlayerScreenTests {
  static let glyphSets: [(String, Glyphs)] = [("utf8", .unicode), ("ascii", .ascii)]

  @Test("a step of prose, with the header and the footer of keys", arguments: glyphSets)
  func prose(glyphs: (name: String, set: Glyphs)) throws {
    let player = PlayerFixture.player(lesson: 2, step: 1, glyphs: glyphs.set)
    let screen = PlayerFixture.screen(player, glyphs: glyphs.set)
    try Golden.check(screen, "player-prose-\(glyphs.name)")
    if glyphs.name == "ascii" { #expect(PlayerFixture.isASCII(screen)) }
  }

  @Test("the help lists the keys of the step", arguments: glyphSets)
  func help(glyphs: (name: String, set: Glyphs)) throws {
    var shell = Shell(
      content: PlayerFixture.player(glyphs: glyphs.set), size: Size(rows: 24, columns: 80))
    _ = shell.handle(.key(.character("?")))
    let screen = MemoryScreen(rows: 24, columns: 80)
    shell.render(on: screen, glyphs: glyphs.set)
    try Golden.check(screen, "player-help-\(glyphs.name)")
    #expect(screen.text.contains("list of lessons"))
  }

  @Test("prose is wrapped to the width of the screen")
  func wrapping() {
    let player = PlayerFixture.player(lesson: 1, step: 1)
    let screen = PlayerFixture.screen(player, rows: 24, columns: 60)
    #expect(screen.lines.allSatisfy { $0.count <= 60 })
    #expect(screen.lines[2].hasPrefix("Logistic regression answers yes-or-no questions."))
  }

  @Test("a screen too small for the step says so")
  func tooSmall() {
    let player = PlayerFixture.player()
    let screen = PlayerFixture.screen(player, rows: 10, columns: 40)
    #expect(screen.text.contains("please enlarge it"))
  }
}

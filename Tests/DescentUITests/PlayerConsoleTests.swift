import DescentEngine
import DescentUI
import Testing

/// The tutor's `:` line on each kind of step.
@Suite("statements in the tutor")
struct PlayerConsoleTests {
  /// Types `text` as keys, `\r` being Enter.
  static func type(_ text: String, on player: inout LessonPlayer) {
    for character in text { _ = player.update(.key(Key(character: character))) }
  }

  static func player(at directive: String) throws -> LessonPlayer {
    let place = try PlayerNavigationTests.firstStep(with: directive)
    return PlayerFixture.player(lesson: place.lesson, step: place.step)
  }

  static func panel(_ player: LessonPlayer) -> [String] {
    player.console.lines.map(\.text)
  }

  @Test("on the graph, grad J and graph J work at once on the step's formula")
  func graphSeeded() throws {
    var player = try Self.player(at: "graph")
    Self.type(":", on: &player)
    #expect(player.console.isOpen)
    #expect(player.capturesText)
    Self.type("grad J\r", on: &player)
    #expect(Self.panel(player).suffix(3) == ["dJ/da = 3", "dJ/db = 6", "dJ/dc = 9"])
    #expect(Self.panel(player).first == "on this step: J = 3*(a + b*c) with a = 5, b = 3, c = 2")
    Self.type("graph J\r", on: &player)
    #expect(Self.panel(player).contains("  J = 3*v = 3*11 = 33"))
    #expect(PlayerFixture.screen(player).text.contains("dJ/dc = dJ/du · du/dc = 3 · 3 = 9"))
  }

  @Test("assigning an input on the graph moves the widget: J is 36 after the forward pass")
  func graphAssign() throws {
    var player = try Self.player(at: "graph")
    let step = player.stepIndex
    Self.type(":a = 6\r", on: &player)
    #expect(Self.panel(player).last == "a = 6")
    Self.type("J\r", on: &player)
    #expect(Self.panel(player).last == "36")
    _ = player.update(.key(.escape))
    #expect(!player.console.isOpen)
    Self.type("nnn", on: &player)
    #expect(player.stepIndex == step)
    let screen = PlayerFixture.screen(player).text
    #expect(screen.contains("forward: J = 3*v = 3*12 = 36"))
    #expect(screen.contains("a = 6 ─"))
  }

  @Test("a bad statement shows a caret and changes nothing; the tutor goes on")
  func error() throws {
    var player = try Self.player(at: "graph")
    Self.type(":J = 3*(a +\r", on: &player)
    #expect(player.console.isOpen)
    #expect(player.console.input?.value == "J = 3*(a +")
    let lines = Self.panel(player)
    #expect(lines.suffix(3).first == ":J = 3*(a +")
    #expect(lines.suffix(2).first == "           ^")
    _ = player.update(.key(.escape))
    Self.type(":a = b + 1\r", on: &player)
    #expect(Self.panel(player).last?.contains("give it a number, as in: a = 5") == true)
    _ = player.update(.key(.escape))
    Self.type(":grad J\r", on: &player)
    #expect(Self.panel(player).suffix(3) == ["dJ/da = 3", "dJ/db = 6", "dJ/dc = 9"])
  }

  @Test("on a nudge step the nudged input and the held ones take assignments")
  func nudge() throws {
    let lesson = try #require(PlayerFixture.library.lessons.first { $0.number == 7 })
    let step = try #require(lesson.steps.firstIndex { $0.widget?.directive == "nudge" })
    var player = PlayerFixture.player(lesson: 7, step: step)
    Self.type(":J\r", on: &player)
    #expect(Self.panel(player).first == "on this step: J = 3*(a + b*c) with a = 5, b = 3, c = 2")
    #expect(Self.panel(player).last == "33")
    Self.type("b = 4\r", on: &player)
    Self.type("a = 1\r", on: &player)
    Self.type("nudge J b\r", on: &player)
    #expect(Self.panel(player).contains("  J(b) = J(4) = 27"))
    _ = player.update(.key(.escape))
    let screen = PlayerFixture.screen(player).text
    #expect(screen.contains("(holding a = 1, c = 2)"))
    #expect(screen.contains("J(b)            = 27 "))
  }

  @Test("on a bowl step alpha sets the bowl's α, and the panel says what acts here")
  func bowl() throws {
    var player = try Self.player(at: "bowl")
    Self.type(":alpha 0.5\r", on: &player)
    let lines = Self.panel(player)
    #expect(lines.first?.contains("alpha sets the bowl's α") == true)
    #expect(lines.last == "α = 0.5 (the bowl's)")
    _ = player.update(.key(.escape))
    #expect(PlayerFixture.screen(player).text.contains("α = 0.5"))
  }

  @Test("in the playground : is the playground's own line, acting on its trainer")
  func playground() throws {
    var player = try Self.player(at: "playground")
    Self.type(":alpha 0.05\r", on: &player)
    #expect(!player.console.isOpen)
    #expect(player.capturesText)
    let screen = PlayerFixture.screen(player).text
    #expect(screen.contains(":alpha 0.05"))
    #expect(screen.contains("α = 0.05"))
  }

  @Test("elsewhere the tutor's session keeps its names from step to step")
  func tutorWide() throws {
    var player = PlayerFixture.player(lesson: 2, step: 1)
    Self.type(":x = 4\r", on: &player)
    _ = player.update(.key(.enter))
    #expect(!player.console.isOpen)
    player.press(.right)
    #expect(player.stepIndex == 2)
    Self.type(":y = 2*x\r", on: &player)
    #expect(Self.panel(player).last == "y = 8")
    Self.type("alph 1\r", on: &player)
    #expect(Self.panel(player).last?.hasPrefix("column ") == true)
    #expect(player.console.isOpen)
  }
}

@Suite("the tutor's statement panel on screen")
struct PlayerConsoleScreenTests {
  @Test(
    "the panel over the graph shows grad J, in either glyph set",
    arguments: PlayerScreenTests.glyphSets)
  func panel(glyphs: (name: String, set: Glyphs)) throws {
    let place = try PlayerNavigationTests.firstStep(with: "graph")
    var player = PlayerFixture.player(lesson: place.lesson, step: place.step, glyphs: glyphs.set)
    PlayerConsoleTests.type(":grad J\r", on: &player)
    let screen = PlayerFixture.screen(player, glyphs: glyphs.set)
    try Golden.check(screen, "player-console-\(glyphs.name)")
    #expect(screen.text.contains("dJ/db = 6"))
    #expect(screen.lines[23].hasPrefix(" Enter  run  Esc  close"))
    if glyphs.name == "ascii" { #expect(PlayerFixture.isASCII(screen)) }
  }
}

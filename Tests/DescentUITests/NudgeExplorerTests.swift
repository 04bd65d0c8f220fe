import DescentEngine
import DescentUI
import Testing

@Suite("the nudge explorer")
struct NudgeExplorerTests {
  private static let square = NudgeWidget(line: 1, formula: "f = a^2", input: "a", start: 2)

  private func draw(
    _ explorer: NudgeExplorer, glyphs: Glyphs = .unicode, columns: Int = 72, rows: Int = 14
  ) -> MemoryScreen {
    let screen = MemoryScreen(rows: rows, columns: columns)
    explorer.render(on: Canvas(screen: screen, glyphs: glyphs))
    return screen
  }

  private func press(_ explorer: inout NudgeExplorer, _ keys: Key...) {
    for key in keys { _ = explorer.update(.key(key)) }
  }

  private func type(_ explorer: inout NudgeExplorer, _ text: String) {
    for character in text { _ = explorer.update(.key(.character(character))) }
    _ = explorer.update(.key(.enter))
  }

  @Test("opens on f(a), f(a+ε), the ratio and the exact derivative of the lesson")
  func start() throws {
    let explorer = NudgeExplorer(Self.square)
    let screen = draw(explorer)
    try Golden.check(screen, "nudge-start")
    #expect(screen.text.contains("f(a+ε)          = 4.004001"))
    #expect(screen.text.contains("(f(a+ε)−f(a))/ε = 4.001"))
    #expect(screen.text.contains("exact df/da     = 4"))
  }

  @Test("the ASCII screen has no character outside ASCII")
  func ascii() throws {
    let screen = draw(NudgeExplorer(Self.square), glyphs: .ascii)
    try Golden.check(screen, "nudge-start-ascii")
    #expect(screen.text.allSatisfy { $0.isASCII })
    #expect(screen.text.contains("(f(a+eps)-f(a))/eps = 4.001"))
  }

  @Test("→ moves a by a tenth and ] makes ε ten times larger")
  func moveAndGrow() throws {
    var explorer = NudgeExplorer(Self.square)
    press(&explorer, .right, .right, .right, .character("["))
    #expect(explorer.a == 2.3)
    #expect(explorer.epsilon == 0.0001)
    #expect(explorer.result?.exact == .value(4.6))
    try Golden.check(draw(explorer), "nudge-moved")
    try Golden.check(draw(explorer, glyphs: .ascii), "nudge-moved-ascii")
  }

  @Test("a typed a replaces the old one; a bad one is refused with its reason")
  func typed() throws {
    var explorer = NudgeExplorer(Self.square)
    press(&explorer, .character("="))
    #expect(explorer.capturesText)
    type(&explorer, "5")
    #expect(explorer.a == 5)
    #expect(explorer.result?.nudgedUp.number.map { abs($0 - 25.010001) < 1e-9 } == true)

    press(&explorer, .character("a"))
    type(&explorer, "five")
    #expect(explorer.capturesText)
    #expect(explorer.a == 5)
    let screen = draw(explorer)
    #expect(screen.text.contains("'five' is not a number; the value stays 5"))
    press(&explorer, .escape)
    #expect(!explorer.capturesText)
  }

  @Test("a move to where f is undefined is refused and a stays")
  func undefinedMove() {
    var explorer = NudgeExplorer(
      NudgeWidget(line: 1, formula: "f = log(a)", input: "a", start: 0.1))
    press(&explorer, .left)
    #expect(explorer.a == 0.1)
    #expect(explorer.message?.contains("log(0) is minus infinity") == true)
    #expect(!draw(explorer).text.contains("nan"))
  }

  @Test("a tiny ε shows the engine's round-off warning, never nan")
  func roundOff() throws {
    var explorer = NudgeExplorer(Self.square)
    for _ in 0..<13 { press(&explorer, .character("[")) }
    #expect(explorer.epsilon == 1e-16)
    let screen = draw(explorer)
    try Golden.check(screen, "nudge-round-off")
    try Golden.check(draw(explorer, glyphs: .ascii), "nudge-round-off-ascii")
    #expect(screen.text.contains("warning: ε = 1e-16 is lost in round-off"))
    #expect(!screen.text.lowercased().contains("nan"))
    #expect(!screen.text.contains("inf"))
  }

  @Test("for a straight line the ratio is the slope, round-off noise shown as ≈ 0")
  func straightLine() {
    let explorer = NudgeExplorer(NudgeWidget(line: 1, formula: "f = 3*a", input: "a", start: 2))
    let text = draw(explorer).text
    #expect(text.contains("f(a+ε)          = 6.003"))
    #expect(text.contains("(f(a+ε)−f(a))/ε = 3 "))
    #expect(text.contains("ratio − exact   = ≈ 0"))
  }

  @Test("a formula that cannot be read is said in words")
  func badFormula() {
    let explorer = NudgeExplorer(NudgeWidget(line: 1, formula: "f = a +", input: "a", start: 1))
    #expect(explorer.problem != nil)
    #expect(draw(explorer).text.contains("cannot be read"))
  }

  @Test("the arrows are claimed; the player's next and back letters are not")
  func claims() {
    let explorer = NudgeExplorer(Self.square)
    #expect(explorer.claims(.left) && explorer.claims(.right))
    for key in [Key.character("l"), .character("h"), .character(" "), .enter] {
      #expect(!explorer.claims(key))
    }
  }

  @Test("fits and draws at the smallest size it declares")
  func smallest() {
    let explorer = NudgeExplorer(Self.square)
    let size = explorer.minimumSize
    let screen = draw(explorer, columns: size.columns, rows: size.rows)
    #expect(screen.text.contains("4.001"))
  }
}

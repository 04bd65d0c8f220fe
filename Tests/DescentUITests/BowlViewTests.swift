import DescentEngine
import DescentUI
import Testing

@Suite("the bowl")
struct BowlViewTests {
  /// The lesson's bowl, J(w) = (w − 3)² from w = −2.
  private func bowl(alpha: Double) -> BowlView {
    BowlView(
      BowlWidget(line: 1, cost: .parabola(centre: 3, curvature: 1), start: -2, learningRate: alpha))
  }

  private func draw(
    _ view: BowlView, glyphs: Glyphs = .unicode, columns: Int = 72, rows: Int = 14
  ) -> MemoryScreen {
    let screen = MemoryScreen(rows: rows, columns: columns)
    view.render(on: Canvas(screen: screen, glyphs: glyphs))
    return screen
  }

  private func press(_ view: inout BowlView, _ key: Key, times: Int = 1) {
    for _ in 0..<times { _ = view.update(.key(key)) }
  }

  @Test("a small α creeps down one side and converges")
  func converging() throws {
    var view = bowl(alpha: 0.1)
    press(&view, .character("s"), times: 4)
    #expect(view.verdict == .converging)
    #expect(abs(view.w - (3 - 5 * 0.8 * 0.8 * 0.8 * 0.8)) < 1e-12)
    let screen = draw(view)
    try Golden.check(screen, "bowl-converging")
    try Golden.check(draw(view, glyphs: .ascii), "bowl-converging-ascii")
    #expect(screen.text.contains("converging"))
  }

  @Test("α = 0.9 jumps across the bottom with shrinking jumps")
  func oscillating() throws {
    var view = bowl(alpha: 0.9)
    press(&view, .character("s"), times: 3)
    #expect(view.verdict == .zigzagging)
    let screen = draw(view)
    try Golden.check(screen, "bowl-oscillating")
    try Golden.check(draw(view, glyphs: .ascii), "bowl-oscillating-ascii")
  }

  @Test("α = 1 bounces between the same two points")
  func bouncing() {
    var view = bowl(alpha: 1)
    press(&view, .character("s"), times: 4)
    #expect(view.verdict == .bouncing)
    #expect(view.w == -2)
  }

  @Test("too large an α is detected, said in words, and flies off the picture")
  func diverging() throws {
    var view = bowl(alpha: 1.5)
    press(&view, .character("s"), times: 2)
    #expect(view.verdict == .diverging)
    press(&view, .character("s"), times: 10)
    #expect(view.hasStopped)
    let screen = draw(view)
    try Golden.check(screen, "bowl-diverging")
    try Golden.check(draw(view, glyphs: .ascii), "bowl-diverging-ascii")
    #expect(screen.text.contains("α too large: the steps overshoot and grow — diverging"))
    #expect(screen.text.contains("off the picture"))
    for word in ["nan", "inf"] { #expect(!screen.text.lowercased().contains(word)) }
  }

  @Test("a huge α never shows nan or inf, however long it runs")
  func huge() {
    var view = bowl(alpha: 1e6)
    press(&view, .character("g"))
    for _ in 0..<200 { _ = view.update(.tick) }
    #expect(view.hasStopped)
    #expect(!view.isRunning)
    let text = draw(view).text.lowercased()
    #expect(!text.contains("nan") && !text.contains("inf"))
  }

  @Test("running takes a step a tick and stops at the bottom")
  func running() {
    var view = bowl(alpha: 0.5)
    press(&view, .character("g"))
    #expect(view.frameInterval != nil)
    for _ in 0..<5 { _ = view.update(.tick) }
    #expect(view.w == 3)
    #expect(view.verdict == .converged)
    #expect(view.frameInterval == nil)
  }

  @Test("an α so small that the jump rounds to 0 is not mistaken for the bottom")
  func tooSmallToMove() {
    var view = bowl(alpha: 1e-300)
    press(&view, .character("s"))
    #expect(view.w == -2)
    #expect(view.verdict == .tooSmallToMove(roundsToZero: true))
    let text = draw(view).text
    #expect(!text.contains("At the bottom"))
    #expect(text.contains("α is too small to move w"))

    var creeping = bowl(alpha: 1e-13)
    press(&creeping, .character("g"))
    _ = creeping.update(.tick)
    #expect(creeping.w != -2)
    #expect(creeping.verdict == .tooSmallToMove(roundsToZero: false))
    #expect(creeping.frameInterval == nil)
  }

  @Test("+ and - walk α along 1, 1.5, 2, 3 … and a typed α is checked")
  func learningRate() {
    var view = bowl(alpha: 0.9)
    press(&view, .character("+"))
    #expect(view.learningRate == 1)
    press(&view, .character("+"))
    #expect(view.learningRate == 1.5)
    press(&view, .character("-"), times: 3)
    #expect(view.learningRate == 0.8)
    press(&view, .character("a"))
    for character in "-2" { press(&view, .character(character)) }
    press(&view, .enter)
    #expect(view.capturesText)
    #expect(draw(view).text.contains("α must be positive, not -2; α stays 0.8"))
    #expect(draw(view, glyphs: .ascii).text.contains("alpha must be positive, not -2"))
    press(&view, .escape)
    #expect(view.learningRate == 0.8)
  }

  @Test("r goes back to the start and keeps α")
  func reset() {
    var view = bowl(alpha: 1.5)
    press(&view, .character("s"), times: 12)
    press(&view, .character("-"), times: 2)
    press(&view, .character("r"))
    #expect(view.w == -2 && view.iteration == 0 && !view.hasStopped)
    #expect(view.learningRate == 0.9)
  }

  @Test("a cost given as a formula slides down to its minimum")
  func formula() {
    var view = BowlView(
      BowlWidget(line: 1, cost: .formula("J = (w - 1)^2 + 2"), start: 4, learningRate: 0.25))
    press(&view, .character("s"), times: 40)
    #expect(abs(view.w - 1) < 1e-6)
    #expect(draw(view).text.contains("J = (w - 1)^2 + 2"))
  }

  @Test("leaves the player's keys alone")
  func claims() {
    let view = bowl(alpha: 0.1)
    for key in [Key.left, .right, .character("h"), .character("l"), .character(" "), .enter] {
      #expect(!view.claims(key))
    }
  }
}

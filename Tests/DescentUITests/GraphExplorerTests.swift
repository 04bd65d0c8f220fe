import DescentEngine
import DescentUI
import Testing

@Suite("the computation graph explorer")
struct GraphExplorerTests {
  private static let lecture = GraphWidget(
    line: 1, formula: "J = 3*(a + b*c)",
    values: [
      NamedValue(name: "a", value: 5), NamedValue(name: "b", value: 3),
      NamedValue(name: "c", value: 2),
    ])

  private func draw(
    _ explorer: GraphExplorer, glyphs: Glyphs = .unicode, columns: Int = 72, rows: Int = 12
  ) -> MemoryScreen {
    let screen = MemoryScreen(rows: rows, columns: columns)
    explorer.render(on: Canvas(screen: screen, glyphs: glyphs))
    return screen
  }

  private func press(_ explorer: inout GraphExplorer, _ key: Key, times: Int = 1) {
    for _ in 0..<times { _ = explorer.update(.key(key)) }
  }

  @Test("starts with the inputs shown and no pass run")
  func start() throws {
    let explorer = GraphExplorer(Self.lecture)
    let screen = draw(explorer)
    try Golden.check(screen, "graph-start")
    try Golden.check(draw(explorer, glyphs: .ascii), "graph-start-ascii")
    #expect(screen.text.contains("a = 5"))
    #expect(!screen.text.contains("33"))
  }

  @Test("the forward pass shows u = 6, v = 11 and J = 33, one step a key")
  func forward() throws {
    var explorer = GraphExplorer(Self.lecture)
    press(&explorer, .character("n"))
    #expect(explorer.shownValue(ofStep: 0) == .value(6))
    #expect(explorer.shownValue(ofStep: 1) == nil)
    press(&explorer, .character("n"), times: 2)
    #expect(explorer.isForwardDone)
    let screen = draw(explorer)
    try Golden.check(screen, "graph-forward")
    try Golden.check(draw(explorer, glyphs: .ascii), "graph-forward-ascii")
    #expect(screen.text.contains("J = 3*v = 33"))
    #expect(!screen.text.contains("dJ/da"))
  }

  @Test("the backward pass ends with dJ/da = 3, dJ/db = 6, dJ/dc = 9")
  func backward() throws {
    var explorer = GraphExplorer(Self.lecture)
    press(&explorer, .character("n"), times: 3 + 4)
    #expect(!explorer.isBackwardDone)
    #expect(explorer.shownDerivative(of: "b") == .value(6))
    #expect(explorer.shownDerivative(of: "c") == nil)
    press(&explorer, .character("n"), times: 5)
    #expect(explorer.isBackwardDone)
    for (name, value) in [("a", 3.0), ("b", 6), ("c", 9), ("u", 3), ("v", 3)] {
      #expect(explorer.shownDerivative(of: name) == .value(value))
    }
    let screen = draw(explorer)
    try Golden.check(screen, "graph-backward")
    try Golden.check(draw(explorer, glyphs: .ascii), "graph-backward-ascii")
    #expect(screen.text.contains("J = 33   dJ/da = 3   dJ/db = 6   dJ/dc = 9"))
  }

  @Test("each backward step shows its edge: dJ/db = dJ/du · du/db = 3 · 2 = 6")
  func edgeLine() {
    var explorer = GraphExplorer(Self.lecture)
    press(&explorer, .character("n"), times: 3 + 4)
    #expect(draw(explorer).text.contains("dJ/db = dJ/du · du/db = 3 · 2 = 6"))
    #expect(draw(explorer, glyphs: .ascii).text.contains("dJ/db = dJ/du * du/db = 3 * 2 = 6"))
  }

  @Test(
    "nudging a leaf by 0.001 moves J by the derivative times the nudge",
    arguments: [("a", 33.003), ("b", 33.006), ("c", 33.009)])
  func nudge(input: String, moved: Double) throws {
    var explorer = GraphExplorer(Self.lecture)
    press(&explorer, .character(try #require(input.first)))
    press(&explorer, .character("+"))
    let nudge = try #require(explorer.nudge)
    let after = try #require(nudge.result.nudgedUp.number)
    #expect(abs(after - moved) < 1e-9)
    #expect(draw(explorer).text.contains("J 33 → \(formatNumber(moved))"))
  }

  @Test("an edited input updates every value; a bad one is refused and kept")
  func edit() {
    var explorer = GraphExplorer(Self.lecture)
    press(&explorer, .tab)
    press(&explorer, .character("="))
    for character in "4" { press(&explorer, .character(character)) }
    press(&explorer, .enter)
    #expect(explorer.values["b"] == 4)
    #expect(explorer.report?.forward.output == .value(39))
    #expect(explorer.report?.backward.derivative(withRespectTo: "c") == .value(12))

    press(&explorer, .character("="))
    for character in "x" { press(&explorer, .character(character)) }
    press(&explorer, .enter)
    #expect(explorer.capturesText)
    #expect(draw(explorer).text.contains("'x' is not a number; b stays 4"))
    press(&explorer, .escape)
    #expect(explorer.values["b"] == 4)
  }

  @Test("a = 1e308 makes J too large to show, but the derivatives are still 3, 6 and 9")
  func overflow() {
    var explorer = GraphExplorer(Self.lecture)
    #expect(explorer.setInput("a", to: 1e308) == nil)
    press(&explorer, .character("n"), times: 3 + 9)
    #expect(explorer.isBackwardDone)
    #expect(explorer.report?.forward.output.number == nil)
    for (name, value) in [("a", 3.0), ("b", 6), ("c", 9)] {
      #expect(explorer.shownDerivative(of: name) == .value(value), "\(name)")
    }
    let text = draw(explorer, rows: 16).text
    #expect(text.contains("dJ/da = 3"))
    #expect(!text.contains("dJ/da = undefined"))
  }

  @Test("leaves the player's next and back keys alone")
  func claims() {
    let explorer = GraphExplorer(Self.lecture)
    for key in [Key.left, .right, .character("h"), .character("l"), .character(" "), .enter] {
      #expect(!explorer.claims(key))
    }
    #expect(explorer.claims(.character("n")) && explorer.claims(.character("b")))
  }

  @Test("a formula too wide for the canvas shows its passes as lines")
  func wide() throws {
    var explorer = GraphExplorer(
      GraphWidget(
        line: 1, formula: "L = -log(sigmoid(w1*x1 + w2*x2 + b))",
        values: [
          NamedValue(name: "w1", value: 0.5), NamedValue(name: "x1", value: 1),
          NamedValue(name: "w2", value: -0.5), NamedValue(name: "x2", value: 2),
          NamedValue(name: "b", value: 0),
        ]))
    press(&explorer, .character("n"), times: 40)
    let screen = draw(explorer, columns: 80, rows: 16)
    try Golden.check(screen, "graph-wide-lines")
    #expect(screen.text.contains("dL/dw1 = -0.6224593312"))
    let wide = draw(explorer, columns: 160, rows: 16)
    try Golden.check(wide, "graph-wide-boxes")
    #expect(!wide.text.lowercased().contains("nan"))
  }

  @Test("a deeper graph writes dJ/dv as code does, dv, to fit 80 columns")
  func codeNames() throws {
    var explorer = GraphExplorer(
      GraphWidget(
        line: 1, formula: "L = -log(sigmoid(w*x + b))",
        values: [
          NamedValue(name: "w", value: 0.5), NamedValue(name: "x", value: 2),
          NamedValue(name: "b", value: -1),
        ]))
    press(&explorer, .character("n"), times: 20)
    let screen = draw(explorer, columns: 80, rows: 14)
    try Golden.check(screen, "graph-code-names")
    try Golden.check(
      draw(explorer, glyphs: .ascii, columns: 80, rows: 14), "graph-code-names-ascii")
    #expect(screen.text.contains("dw = -1"))
    #expect(screen.text.contains("L = 0.6931471806   dL/dw = -1   dL/dx = -0.25   dL/db = -0.5"))
  }

  @Test("the lecture's graph fits the smallest size it declares")
  func smallest() {
    var explorer = GraphExplorer(Self.lecture)
    press(&explorer, .character("n"), times: 8)
    let size = explorer.minimumSize
    let screen = draw(explorer, columns: size.columns, rows: size.rows)
    #expect(screen.text.contains("dJ/dc = 9"))
  }
}

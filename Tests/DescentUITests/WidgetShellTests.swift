import DescentEngine
import DescentUI
import Testing

@Suite("the widgets in a shell")
struct WidgetShellTests {
  @Test("a shell hosts the graph with its keys in the footer and its help on ?")
  func hosted() {
    let widget = GraphWidget(
      line: 1, formula: "J = 3*(a + b*c)",
      values: [
        NamedValue(name: "a", value: 5), NamedValue(name: "b", value: 3),
        NamedValue(name: "c", value: 2),
      ])
    var shell = Shell(content: GraphExplorer(widget), size: Size(rows: 13, columns: 72))
    for _ in 0..<8 { _ = shell.handle(.key(.character("n"))) }
    let screen = MemoryScreen(rows: 13, columns: 72)
    shell.render(on: screen, glyphs: .unicode)
    #expect(screen.lines[12].contains("backward step"))
    #expect(screen.text.contains("J = 33   dJ/da = 3   dJ/db = 6   dJ/dc = 9"))
    _ = shell.handle(.key(.character("?")))
    shell.render(on: screen, glyphs: .unicode)
    #expect(screen.text.contains("type a new value for the chosen input"))
  }
}

@Suite("the widgets at any size")
struct WidgetSizeTests {
  @Test(
    "draw without trapping on canvases down to nothing",
    arguments: [(0, 0), (1, 1), (3, 10), (6, 30), (10, 56), (40, 200)])
  func sizes(rows: Int, columns: Int) {
    var graph = GraphExplorer(
      GraphWidget(
        line: 1, formula: "J = 3*(a + b*c)",
        values: [
          NamedValue(name: "a", value: 5), NamedValue(name: "b", value: 3),
          NamedValue(name: "c", value: 2),
        ]))
    var nudge = NudgeExplorer(NudgeWidget(line: 1, formula: "f = a^3", input: "a", start: 2))
    var bowl = BowlView(
      BowlWidget(line: 1, cost: .parabola(centre: 3, curvature: 1), start: -2, learningRate: 1.5))
    for _ in 0..<10 {
      _ = graph.update(.key(.character("n")))
      _ = nudge.update(.key(.character("[")))
      _ = bowl.update(.key(.character("s")))
    }
    _ = graph.update(.key(.character("=")))
    _ = nudge.update(.key(.character("e")))
    _ = bowl.update(.key(.character("a")))
    for view in [graph, nudge, bowl] as [any View] {
      let screen = MemoryScreen(rows: rows, columns: columns)
      view.render(on: Canvas(screen: screen, glyphs: .ascii))
      #expect(screen.text.allSatisfy { $0.isASCII })
    }
  }
}

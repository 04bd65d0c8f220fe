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

import DescentEngine
import DescentUI
import Foundation
import Testing

@Suite("the lecture's own widgets")
struct LessonWidgetTests {
  /// Every nudge, graph and bowl the lessons place, with where it is.
  private static let widgets: [(place: String, widget: Widget)] = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons")
    let library = LessonLibrary.load(folder: folder)
    return library.lessons.flatMap { lesson in
      lesson.steps.compactMap { step in
        guard let widget = step.widget else { return nil }
        switch widget {
        case .nudge, .graph, .bowl: return ("\(lesson.file):\(widget.line)", widget)
        default: return nil
        }
      }
    }
  }()

  @Test("the lessons place nudges, graphs and bowls")
  func found() {
    #expect(Self.widgets.count >= 10)
  }

  @Test("each opens without a problem and draws at 80x14 without nan or inf")
  func each() {
    for (place, widget) in Self.widgets {
      let view: any View
      let problem: String?
      switch widget {
      case .nudge(let parameters):
        var explorer = NudgeExplorer(parameters)
        problem = explorer.problem
        _ = explorer.update(.key(.right))
        view = explorer
      case .graph(let parameters):
        var explorer = GraphExplorer(parameters)
        problem = explorer.problem
        for _ in 0..<explorer.passLength { _ = explorer.update(.key(.character("n"))) }
        view = explorer
      case .bowl(let parameters):
        var bowl = BowlView(parameters)
        problem = bowl.problem
        for _ in 0..<20 { _ = bowl.update(.key(.character("s"))) }
        view = bowl
      default: continue
      }
      #expect(problem == nil, "\(place)")
      for glyphs in [Glyphs.unicode, .ascii] {
        let screen = MemoryScreen(rows: 14, columns: 80)
        view.render(on: Canvas(screen: screen, glyphs: glyphs))
        let text = screen.text.lowercased()
        #expect(!text.contains("nan") && !text.contains("inf"), "\(place)")
        #expect(!text.contains("undefined"), "\(place)")
      }
    }
  }

  @Test("the graph lesson ends on J = 33 and the derivatives 3, 6, 9")
  func lectureGraph() throws {
    let parameters = try #require(
      Self.widgets.lazy.compactMap { entry -> GraphWidget? in
        if case .graph(let graph) = entry.widget, graph.formula == "J = 3*(a + b*c)" {
          return graph
        }
        return nil
      }.first)
    var explorer = GraphExplorer(parameters)
    for _ in 0..<explorer.passLength { _ = explorer.update(.key(.character("n"))) }
    let screen = MemoryScreen(rows: 12, columns: 60)
    explorer.render(on: Canvas(screen: screen, glyphs: .unicode))
    #expect(screen.text.contains("J = 33   dJ/da = 3   dJ/db = 6   dJ/dc = 9"))
  }
}

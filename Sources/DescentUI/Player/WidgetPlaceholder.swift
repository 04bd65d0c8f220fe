import DescentEngine

/// A framed box naming a widget and its parameters, for a widget this build cannot show
/// interactively yet.
struct WidgetPlaceholder: View {
  let title: String
  let lines: [String]

  init(widget: Widget) {
    title = widget.directive
    switch widget {
    case .nudge(let nudge):
      let others = nudge.values.map { "\($0.name) = \(formatNumber($0.value))" }
      lines =
        [
          "formula: \(nudge.formula)",
          "nudge \(nudge.input), starting at \(formatNumber(nudge.start))",
          "epsilon: \(formatNumber(nudge.epsilon))",
        ] + (others.isEmpty ? [] : ["values: " + others.joined(separator: ", ")])
    case .graph(let graph):
      lines = [
        "formula: \(graph.formula)",
        "values: "
          + graph.values.map { "\($0.name) = \(formatNumber($0.value))" }
          .joined(separator: ", "),
      ]
    case .bowl(let bowl):
      let cost: String
      switch bowl.cost {
      case .parabola(let centre, let curvature):
        cost = "\(formatNumber(curvature)) (w - \(formatNumber(centre)))^2"
      case .formula(let formula):
        cost = formula
      }
      lines = [
        "cost: \(cost)", "start: w = \(formatNumber(bowl.start))",
        "alpha: \(formatNumber(bowl.learningRate))",
      ]
    case .playground(let playground):
      lines = [
        "dataset: \(playground.dataset.name)"
          + (playground.target.map { ", target \($0)" } ?? ""),
        "alpha: \(formatNumber(playground.learningRate))",
      ]
    case .image, .poll:
      lines = []
    }
  }

  mutating func update(_ event: Event) -> ViewResponse { .continue }

  func render(on canvas: Canvas) {
    let text = LessonTextStyle(glyphs: canvas.glyphs)
    let width = min((lines.map(\.count).max() ?? 0) + 4, canvas.columns)
    let box = canvas.region(row: 0, column: 0, rows: lines.count + 2, columns: max(width, 20))
    box.box(title: title)
    for (row, line) in lines.enumerated() {
      box.inside.put(" " + text.shown(line), row: row, column: 0)
    }
  }

  var keyHints: [KeyHint] { [] }
  var helpEntries: [KeyHint] { [] }
  var minimumSize: Size { Size(rows: lines.count + 2, columns: 20) }
  var frameInterval: Duration? { nil }
  var capturesText: Bool { false }
}

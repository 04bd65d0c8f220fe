import DescentEngine

extension GraphExplorer {
  /// How much a node says: the step's expression or not, and how many digits.
  struct NodeStyle: Equatable {
    var expressions: Bool
    var digits: Int
    /// `dv = 3`, the name code gives dJ/dv, instead of `dJ/dv = 3`.
    var codeNames = false
  }

  /// The fullest first: the lecture's example fits 60 columns at full detail; longer
  /// formulas drop digits, then expressions, then write dJ/dv as code does (`dv`), then
  /// give way to the passes as lines of text.
  static let nodeStyles = [
    NodeStyle(expressions: true, digits: 10), NodeStyle(expressions: true, digits: 4),
    NodeStyle(expressions: false, digits: 4),
    NodeStyle(expressions: false, digits: 4, codeNames: true),
  ]

  /// The formula and where the passes are, the graph (or its passes as lines when it does
  /// not fit), the line of the latest step, the results at the end, a nudge, and the line
  /// being typed.
  public func render(on canvas: Canvas) {
    let g = canvas.glyphs
    guard let graph, let report, problem == nil else {
      let text = problem ?? "the graph cannot be shown"
      for (row, line) in wrapText(g.text(text), width: canvas.columns).enumerated() {
        canvas.put(line, row: row, column: 0, style: .bad)
      }
      return
    }
    canvas.put(g.text(graph.formula.equation), row: 0, column: 0, style: .strong)
    let status = statusText
    canvas.put(status, row: 0, column: max(canvas.columns - status.count, 0), style: .faint)

    var lines = statusLines(report, glyphs: g, width: canvas.columns)
    let entryRows = entry == nil ? 0 : 2
    let room = canvas.rows - 1 - entryRows
    var graphRows = room - lines.count - 1
    if graphRows < 2 {
      lines = Array(lines.suffix(max(room - 2, 0)))
      graphRows = room - lines.count - 1
    }
    let area = canvas.region(row: 1, column: 0, rows: max(graphRows, 0), columns: canvas.columns)
    var used: (rows: Int, style: NodeStyle)?
    for style in Self.nodeStyles where used == nil {
      used = drawGraph(graph, report, style: style, on: area).map { ($0, style) }
    }
    let graphHeight = used?.rows ?? drawPassLines(report, on: area)
    var top = min(1 + graphHeight + 1, canvas.rows - entryRows - lines.count)
    if let used, !used.style.expressions {
      // Boxes without their expressions: say what each step computes, where there is room.
      let legend = "where " + graph.steps.map(\.description).joined(separator: ", ")
      let legendLines = wrapText(g.text(legend), width: canvas.columns)
      if top + legendLines.count + lines.count <= canvas.rows - entryRows {
        for (index, line) in legendLines.enumerated() {
          canvas.put(line, row: top + index, column: 0, style: .faint)
        }
        top += legendLines.count
      }
    }
    for (index, line) in lines.enumerated() {
      canvas.put(line.text, row: top + index, column: 0, style: line.style)
    }
    if var entry {
      entry.prompt = g.text(entry.prompt)
      if let error = entry.error { entry.refuse(g.text(error)) }
      entry.render(on: canvas, row: canvas.rows - 2)
    }
  }

  /// `forward 2/3`, `backward 3/5` or `done`.
  var statusText: String {
    guard let graph else { return "" }
    if progress == 0 { return "ready" }
    if !isForwardDone || backwardShown == 0 {
      return "forward \(forwardShown)/\(graph.steps.count)"
    }
    if isBackwardDone { return "both passes done" }
    return "backward \(backwardShown)/\(passLength - graph.steps.count)"
  }

  /// The latest step in words, the results once both passes are done, the nudge, a message.
  func statusLines(_ report: GraphReport, glyphs g: Glyphs, width: Int)
    -> [(text: String, style: Style)]
  {
    var texts: [(String, Style)] = []
    if progress == 0 {
      texts.append(("n steps the forward pass, left to right", .faint))
    } else if !isForwardDone || backwardShown == 0 {
      texts.append(("forward: " + report.forwardLines[forwardShown - 1], .accent))
      if isForwardDone {
        texts.append(("n starts the backward pass, right to left", .faint))
      }
    } else {
      texts.append(("backward: " + report.backwardLines[backwardShown], .accent))
    }
    if isBackwardDone, backwardShown > 0 || passLength == report.graph.steps.count {
      texts.append((report.resultLines.joined(separator: "   "), .good))
    }
    if let nudge {
      texts.append((Self.nudgeText(nudge.result, direction: nudge.direction), .strong))
    }
    if let message { texts.append((message, .bad)) }
    return texts.flatMap { text, style in
      let shown = g.text(text)
      let lines = shown.count <= width ? [shown] : wrapText(shown, width: width)
      return lines.map { (text: $0, style: style) }
    }
  }

  /// `nudge b 3 → 3.001: J 33 → 33.006, a change of 0.006 ≈ dJ/db × 0.001 = 6 × 0.001`.
  static func nudgeText(_ result: NudgeResult, direction: Double) -> String {
    let output = result.output
    let input = result.input
    let moved = direction > 0 ? result.nudgedUp : result.nudgedDown
    let step = direction * result.epsilon
    let shownStep = step < 0 ? "(\(formatNumber(step)))" : formatNumber(step)
    var text =
      "nudge \(input) \(formatNumber(result.at)) → \(formatNumber(result.at + step)): "
      + "\(output) \(result.value) → \(moved)"
    if let before = result.value.number, let after = moved.number,
      let slope = result.exact.number
    {
      let change = formatNumber(after - before, significantDigits: 6)
      let predicted = formatNumber(slope * step, significantDigits: 6)
      text +=
        ", a change of \(change) ≈ d\(output)/d\(input) × \(shownStep)"
        + " = \(formatNumber(slope)) × \(shownStep) = \(predicted)"
    }
    return text
  }

  /// The two lines of every node (inputs, then steps) in `style`, as shown now.
  func nodeLines(_ report: GraphReport, style: NodeStyle) -> [(value: String, derivative: String)] {
    let graph = report.graph
    let output = graph.formula.output
    let number = { (quantity: Quantity) in
      quantity.number.map { formatNumber($0, significantDigits: style.digits) } ?? "undefined"
    }
    func derivative(_ name: String) -> String {
      let label = style.codeNames ? "d\(name)" : "d\(output)/d\(name)"
      return shownDerivative(of: name).map { "\(label) = \(number($0))" } ?? ""
    }
    var lines = inputs.map { name in
      (
        value: "\(name) = \(formatNumber(values[name] ?? 0, significantDigits: style.digits))",
        derivative: derivative(name)
      )
    }
    for (index, step) in graph.steps.enumerated() {
      var value = style.expressions ? step.description : step.name
      if let shown = shownValue(ofStep: index) {
        value += " = \(number(shown))"
      } else if !style.expressions {
        value += " = ?"
      }
      lines.append((value: value, derivative: derivative(step.name)))
    }
    return lines
  }

  /// The widths the nodes' columns keep for them: the longest of what they show now and at
  /// the end of both passes, so that the picture does not shift as values appear.
  func nodeWidths(_ report: GraphReport, style: NodeStyle, glyphs g: Glyphs) -> [Int] {
    var finished = self
    finished.progress = passLength
    let now = nodeLines(report, style: style)
    let end = finished.nodeLines(report, style: style)
    return zip(now, end).map { now, end in
      [now.value, now.derivative, end.value, end.derivative].map { g.text($0).count }.max() ?? 0
    }
  }
}

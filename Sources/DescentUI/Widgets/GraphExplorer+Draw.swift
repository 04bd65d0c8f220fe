import DescentEngine

extension GraphExplorer {
  /// Draws the boxes and arrows in `style` when they fit `canvas` and returns the rows they
  /// take; returns nil, drawing nothing, when they do not fit.
  func drawGraph(
    _ graph: ComputationGraph, _ report: GraphReport, style: NodeStyle, on canvas: Canvas
  ) -> Int? {
    let g = canvas.glyphs
    let lines = nodeLines(report, style: style).map {
      (value: g.text($0.value), derivative: g.text($0.derivative))
    }
    let layout = GraphExplorerLayout(
      graph: graph, widths: nodeWidths(report, style: style, glyphs: g),
      lineEnds: lines.map(\.value.count))
    guard layout.columns <= canvas.columns, layout.rows <= canvas.rows else { return nil }
    let left = (canvas.columns - layout.columns) / 2
    let area = canvas.region(
      row: 0, column: left, rows: layout.rows, columns: canvas.columns - left)

    let active = activeArrows
    var joined: [GraphExplorerLayout.Cell: LineDirections] = [:]
    var lit: Set<GraphExplorerLayout.Cell> = []
    for arrow in layout.arrows {
      let isActive = active.contains { $0.step == arrow.step && $0.operand == arrow.operand }
      for (cell, directions) in arrow.cells {
        joined[cell, default: []].formUnion(directions)
        if isActive { lit.insert(cell) }
      }
      if isActive { lit.insert(arrow.head) }
    }
    for (cell, directions) in joined {
      area.put(
        g.line(directions), row: cell.row, column: cell.column,
        style: lit.contains(cell) ? .accent : .faint)
    }
    for arrow in layout.arrows {
      area.put(
        g.arrowHead, row: arrow.head.row, column: arrow.head.column,
        style: lit.contains(arrow.head) ? .accent : .faint)
    }

    let inputCount = inputs.count
    for (index, node) in layout.nodes.enumerated() {
      let isInput = index < inputCount
      var valueStyle = Style.plain
      if isInput && index == selected {
        valueStyle = .selected
      } else if !isInput && !isForwardDone && index - inputCount == forwardShown - 1 {
        valueStyle = .accent
      } else if !isInput && index - inputCount == graph.steps.count - 1 && isForwardDone {
        valueStyle = .strong
      }
      area.put(lines[index].value, row: node.row, column: node.column, style: valueStyle)
      let derivativeStyle: Style = isActiveDerivative(node: index) ? .accent : .good
      area.put(
        lines[index].derivative, row: node.row + 1, column: node.column, style: derivativeStyle)
    }
    return layout.rows
  }

  /// The arrows of the step being shown: the operands of the latest forward step, or the
  /// latest backward edge.
  var activeArrows: [(step: Int, operand: Int)] {
    guard let graph, let report, progress > 0 else { return [] }
    if backwardShown > 0 {
      let edge = report.backward.edges[backwardShown - 1]
      return [(edge.step, edge.operand)]
    }
    guard !isForwardDone else { return [] }
    let step = forwardShown - 1
    return graph.steps[step].operands.indices.map { (step, $0) }
  }

  private func isActiveDerivative(node index: Int) -> Bool {
    guard let report, backwardShown > 0 else { return false }
    let name = index < inputs.count ? inputs[index] : report.graph.steps[index - inputs.count].name
    return report.backward.edges[backwardShown - 1].to == name
  }

  /// The passes as lines of text, for a graph too wide for the canvas: the forward lines
  /// shown so far, then the backward ones, the latest at the bottom. Returns the rows used.
  func drawPassLines(_ report: GraphReport, on canvas: Canvas) -> Int {
    let g = canvas.glyphs
    var lines: [(String, Style)] = inputs.map {
      ("\($0) = \(formatNumber(values[$0] ?? 0))", $0 == inputs[selected] ? .selected : .plain)
    }
    lines += report.forwardLines.prefix(forwardShown).map { ($0, .plain) }
    if backwardShown > 0 {
      lines += report.backwardLines.prefix(backwardShown + 1).map { ($0, .good) }
    }
    var wrapped: [(String, Style)] = []
    for (text, style) in lines {
      wrapped += wrapText(g.text(text), width: max(canvas.columns - 2, 1)).map {
        ("  " + $0, style)
      }
    }
    let shown = wrapped.suffix(canvas.rows)
    for (index, line) in shown.enumerated() {
      canvas.put(line.0, row: index, column: 0, style: line.1)
    }
    return shown.count
  }
}

import DescentEngine

extension NudgeExplorer {
  /// The numbers on the left, f and its tangent on the right when there is room, then the
  /// warnings and, while a value is typed, the line at the bottom.
  public func render(on canvas: Canvas) {
    let g = canvas.glyphs
    guard let graph, let result, problem == nil else {
      let text = problem ?? "the nudge cannot be shown"
      for (row, line) in wrapText(g.text(text), width: canvas.columns).enumerated() {
        canvas.put(line, row: row, column: 0, style: .bad)
      }
      return
    }
    var header = graph.formula.equation
    let heldText = result.heldInputs.map { "\($0) = \(formatNumber(held[$0] ?? 0))" }
    if !heldText.isEmpty { header += "   (holding \(heldText.joined(separator: ", ")))" }
    canvas.put(g.text(header), row: 0, column: 0, style: .strong)

    let rows = numberRows(result, glyphs: g)
    let labelWidth = rows.map(\.label.count).max() ?? 0
    let valueWidth = max(rows.map(\.value.count).max() ?? 0, 8)
    for (index, row) in rows.enumerated() {
      let padding = String(repeating: " ", count: labelWidth - row.label.count)
      canvas.put(
        [(row.label + padding + " = ", .plain), (row.value, row.style)], row: 1 + index,
        column: 0)
    }

    var notes = result.warnings.map { (g.text("warning: " + $0), Style.warning) }
    for (name, quantity) in shownQuantities(result) {
      if case .undefined(let reason) = quantity {
        notes.append((g.text("\(name) is undefined: \(reason)"), .warning))
      }
    }
    if let message { notes.append((g.text(message), .bad)) }
    let entryRows = entry == nil ? 0 : 2
    var noteLines: [(String, Style)] = []
    for (text, style) in notes {
      noteLines += wrapText(text, width: canvas.columns).map { ($0, style) }
    }
    let bottom = canvas.rows - entryRows
    let noteTop = max(bottom - noteLines.count, 1 + rows.count)
    for (index, line) in noteLines.enumerated() where noteTop + index < bottom {
      canvas.put(line.0, row: noteTop + index, column: 0, style: line.1)
    }

    let panelColumn = labelWidth + 3 + valueWidth + 2
    let plotRows = noteTop - 1
    if canvas.columns - panelColumn >= FunctionPlot.minimumColumns,
      plotRows >= FunctionPlot.minimumRows
    {
      let region = canvas.region(
        row: 1, column: panelColumn, rows: plotRows, columns: canvas.columns - panelColumn)
      plot(result).render(on: region)
    }

    if var entry {
      entry.prompt = g.text(entry.prompt)
      if let error = entry.error { entry.refuse(g.text(error)) }
      entry.render(on: canvas, row: canvas.rows - 2)
    }
  }

  /// One row of the numbers: a label, `=`, a value.
  struct NumberRow {
    var label: String
    var value: String
    var style: Style = .plain
  }

  /// a, ε, f(a), f(a+ε), the ratio and the exact derivative, one under the other so that
  /// the last two line up, then the gap between them.
  func numberRows(_ result: NudgeResult, glyphs g: Glyphs) -> [NumberRow] {
    let f = result.output
    let a = result.input
    let e = g.epsilon
    let minus = g.isUnicode ? "−" : "-"
    let ratioLabel = "(\(f)(\(a)+\(e))\(minus)\(f)(\(a)))/\(e)"
    var rows = [
      NumberRow(label: a, value: formatNumber(result.at), style: .strong),
      NumberRow(label: e, value: formatNumber(result.epsilon), style: .strong),
      NumberRow(label: "\(f)(\(a))", value: shown(result.value)),
      NumberRow(label: "\(f)(\(a)+\(e))", value: shown(result.nudgedUp)),
      NumberRow(label: ratioLabel, value: shown(result.forwardDifference), style: .accent),
      NumberRow(label: "exact d\(f)/d\(a)", value: shown(result.exact), style: .good),
    ]
    if let ratio = result.forwardDifference.number, let exact = result.exact.number {
      // A gap below a billionth of the slope is round-off in the ratio, not the nudge's
      // own error; "≈ 0" says so without printing digits of noise.
      let gap = ratio - exact
      let shown =
        abs(gap) <= 1e-9 * max(abs(exact), 1)
        ? "\(g.approximately) 0" : formatNumber(gap, significantDigits: 3)
      rows.append(NumberRow(label: "ratio \(minus) exact", value: shown))
    }
    return rows
  }

  /// The quantities on screen with their names, for the notes that explain an undefined one.
  private func shownQuantities(_ result: NudgeResult) -> [(String, Quantity)] {
    let f = result.output
    let a = result.input
    return [
      ("\(f)(\(a))", result.value), ("\(f)(\(a)+ε)", result.nudgedUp),
      ("the ratio", result.forwardDifference), ("d\(f)/d\(a)", result.exact),
    ]
  }

  /// A number, or `undefined` (the reason is spelled out under the numbers).
  private func shown(_ quantity: Quantity) -> String {
    quantity.number.map { formatNumber($0) } ?? "undefined"
  }

  /// f over the window, the tangent at a over the middle half of it, and the point (a, f(a)).
  func plot(_ result: NudgeResult) -> FunctionPlot {
    let window = self.window
    let samples = (0...120).compactMap { index in
      f(window.lowerBound + (window.upperBound - window.lowerBound) * Double(index) / 120)
    }
    var yRange = FunctionPlot.yRange(for: samples)
    var plot = FunctionPlot(xRange: window, yRange: yRange, curve: { f($0) })
    guard let value = result.value.number else { return plot }
    if !yRange.contains(value) {
      yRange = min(yRange.lowerBound, value)...max(yRange.upperBound, value)
      plot.yRange = yRange
    }
    if let slope = result.exact.number {
      let reach = halfWindow / 2
      plot.segments = [
        (
          from: (x: a - reach, y: value - slope * reach),
          to: (x: a + reach, y: value + slope * reach)
        )
      ]
    }
    plot.points = [(x: a, y: value)]
    plot.xMarks = [(x: a, label: widget.input)]
    return plot
  }
}

import DescentEngine

extension BowlView {
  /// The bowl with the point and its last jumps on the left, the numbers on the right, and
  /// what the steps are doing in words at the bottom.
  public func render(on canvas: Canvas) {
    let g = canvas.glyphs
    guard let cost, problem == nil else {
      let text = problem ?? "the bowl cannot be shown"
      for (row, line) in wrapText(g.text(text), width: canvas.columns).enumerated() {
        canvas.put(line, row: row, column: 0, style: .bad)
      }
      return
    }
    var notes: [(String, Style)] = [(verdict.sentence, verdictStyle)]
    if !window.contains(w) {
      let side = w > window.upperBound ? "right" : "left"
      notes.append(("w = \(formatNumber(w)) is off the picture, to the \(side).", .bad))
    }
    if let message { notes.append((message, .bad)) }
    var noteLines: [(String, Style)] = []
    for (text, style) in notes {
      noteLines += wrapText(g.text(text), width: canvas.columns).map { ($0, style) }
    }
    let entryRows = entry == nil ? 0 : 2
    let bottomRow = canvas.rows - entryRows
    let noteTop = max(bottomRow - noteLines.count, 3)
    for (index, line) in noteLines.enumerated() where noteTop + index < bottomRow {
      canvas.put(line.0, row: noteTop + index, column: 0, style: line.1)
    }

    let numbers = numberLines(cost)
    let panelWidth = min(max(numbers.map { g.text($0.0).count }.max() ?? 0, 20), 30)
    let panelColumn = canvas.columns - panelWidth
    for (index, line) in numbers.enumerated() where index < noteTop - 1 {
      canvas.put(g.text(line.0), row: index, column: panelColumn, style: line.1)
    }
    let plotArea = canvas.region(
      row: 0, column: 0, rows: noteTop - 1, columns: panelColumn - 2)
    if plotArea.columns >= FunctionPlot.minimumColumns,
      plotArea.rows >= FunctionPlot.minimumRows
    {
      plot(cost).render(on: plotArea)
    }
    if var entry {
      entry.prompt = g.text(entry.prompt)
      if let error = entry.error { entry.refuse(g.text(error)) }
      entry.render(on: canvas, row: canvas.rows - 2)
    }
  }

  private var verdictStyle: Style {
    switch verdict {
    case .diverging, .stuck: .bad
    case .bouncing, .zigzagging, .tooSmallToMove: .warning
    case .converged: .good
    case .start, .converging: .plain
    }
  }

  /// The cost, α, the step count, w, J(w), the slope and the last jump, one a line.
  func numberLines(_ cost: BowlCost) -> [(String, Style)] {
    let j = cost.output
    let weight = cost.weight
    var lines: [(String, Style)] = [
      (cost.equation, .strong),
      ("α = \(formatNumber(learningRate))", .accent),
      ("step \(iteration)\(isRunning ? " (running)" : "")", .plain),
      ("\(weight) = \(formatNumber(w))", .strong),
      ("\(j) = \(cost.value(at: w).map { formatNumber($0) } ?? "undefined")", .plain),
      ("d\(j)/d\(weight) = \(cost.slope(at: w).map { formatNumber($0) } ?? "undefined")", .plain),
    ]
    if positions.count >= 2 {
      let jump = positions[positions.count - 1] - positions[positions.count - 2]
      let sign = jump >= 0 ? "+" : "−"
      lines.append(("last jump: \(sign)\(formatNumber(abs(jump), significantDigits: 4))", .plain))
    }
    return lines
  }

  /// The cost over the window, the last jumps as straight lines, the point where w is now.
  func plot(_ cost: BowlCost) -> FunctionPlot {
    let samples = (0...120).compactMap { index in
      cost.value(
        at: window.lowerBound + (window.upperBound - window.lowerBound) * Double(index) / 120)
    }
    var plot = FunctionPlot(
      xRange: window, yRange: FunctionPlot.yRange(for: samples), curve: { cost.value(at: $0) })
    let recent = positions.suffix(13)
    plot.segments = zip(recent, recent.dropFirst()).compactMap { before, after in
      guard let from = cost.value(at: before), let to = cost.value(at: after) else { return nil }
      return (from: (x: before, y: from), to: (x: after, y: to))
    }
    if let value = cost.value(at: w) { plot.points = [(x: w, y: value)] }
    plot.xMarks = [(x: w, label: cost.weight)]
    return plot
  }
}

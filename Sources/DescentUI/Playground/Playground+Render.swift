import DescentEngine

extension Playground {
  /// Title and state, the numbers, the chart, its legend, and the notice or the α line.
  public func render(on canvas: Canvas) {
    var row = renderHeader(on: canvas)
    row += 1

    let chartRows = canvas.rows - row - 2
    let chart = canvas.region(row: row, column: 0, rows: chartRows, columns: canvas.columns)
    renderChart(on: chart)
    renderLegend(on: canvas, row: canvas.rows - 2)

    if var line = learningRateInput {
      line.prompt = "α = "
      line.render(on: canvas, row: canvas.rows - 2)
    } else if let notice {
      // A long notice takes the legend's row too.
      let lines = wrapText(canvas.glyphs.transliterate(notice.text), width: canvas.columns)
      let shown = lines.prefix(2)
      for (index, line) in shown.enumerated() {
        let row = canvas.rows - shown.count + index
        canvas.blank(row: row)
        canvas.put(line, row: row, column: 0, style: notice.style)
      }
    }

    // The `:` panel covers the foot of the chart; the numbers above stay in view.
    if console.isOpen {
      let rows = min(10, canvas.rows - row)
      console.render(
        on: canvas.region(
          row: canvas.rows - rows, column: 0, rows: rows, columns: canvas.columns))
    }
  }

  /// The title row and the numbers, flowed over as many rows as the width needs. Returns the
  /// first free row.
  private func renderHeader(on canvas: Canvas) -> Int {
    canvas.put("descent play", row: 0, column: 0, style: .strong)
    canvas.put("  " + datasetName, row: 0, column: 12)
    let (state, style) = stateWord
    canvas.put(state, row: 0, column: canvas.columns - canvas.width(of: state), style: style)

    let items: [[(String, Style)]] = [
      [("iteration ", .plain), (String(trainer.iteration), .strong)],
      [("cost ", .plain), (shownCost, .strong)],
      [("α = ", .plain), (formatNumber(trainer.learningRate), .accent)],
      [("train ", .plain), (percent(accuracy.train), .strong)],
      [("test ", .plain), (percent(accuracy.test), .strong)],
    ]
    var row = 1
    var column = 0
    for item in items {
      let width = item.reduce(0) { $0 + canvas.width(of: $1.0) }
      if column > 0, column + 3 + width > canvas.columns {
        row += 1
        column = 0
      } else if column > 0 {
        column += 3
      }
      canvas.put(item, row: row, column: column)
      column += width
    }
    return row + 1
  }

  private var stateWord: (String, Style) {
    if trainer.status.isDiverged { return ("diverged", .bad) }
    if let limit = iterationLimit, trainer.iteration >= limit { return ("done", .good) }
    return isPaused ? ("paused", .warning) : ("running", .good)
  }

  /// The cost as a number; the trainer stops at the last finite cost, and a value that is
  /// not finite is not shown as one.
  private var shownCost: String {
    trainer.cost.isFinite ? formatNumber(trainer.cost, significantDigits: 6) : "too large to show"
  }

  private func percent(_ fraction: Double) -> String {
    guard fraction.isFinite else { return "–" }
    return formatNumber((fraction * 1000).rounded() / 10) + "%"
  }

  private func renderChart(on canvas: Canvas) {
    guard canvas.rows >= 3 else { return }
    let plot = canvas.region(row: 1, column: 0, rows: canvas.rows - 1, columns: canvas.columns)

    let dots = CurveChart.dotColumns(forWidth: plot.columns)
    let history = trainer.history
    let span = max(history.count, previousRun?.count ?? 0, 2)
    let chart = CurveChart(
      current: CostCurve.columns(of: history, dots: dots, span: span),
      previous: previousRun.map { CostCurve.columns(of: $0, dots: dots, span: span) } ?? [],
      marks: CostCurve.marks(of: history, dots: dots, span: span),
      logarithmic: logarithmic, xRange: 0...(span - 1))
    chart.render(on: plot)

    if logarithmic {
      canvas.put("cost J, log scale", row: 0, column: 0, style: .faint)
    } else {
      canvas.put("cost J", row: 0, column: 0, style: .faint)
      if chart.decades >= 3 {
        canvas.put("(l: log scale shows the small values)", row: 0, column: 8, style: .warning)
      }
    }
  }

  private func renderLegend(on canvas: Canvas, row: Int) {
    var runs: [(String, Style)] = []
    if history.learningRateChanges.count > 1 {
      runs += [(canvas.glyphs.changeMark, .warning), (" α changed   ", .faint)]
    }
    if let previousRun, previousRun.count >= 2 {
      // The α of the run's last update, not one chosen just before the reset.
      let alpha = previousRun.learningRate(at: previousRun.count - 2)
      runs += [
        (canvas.glyphs.plotCell(dots: 0x3F, mark: "."), .faint),
        (" earlier run, α = \(formatNumber(alpha))", .faint),
      ]
    }
    canvas.put(runs, row: row, column: 0)
  }

  private var history: CostHistory { trainer.history }
}

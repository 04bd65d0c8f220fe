import Foundation

/// A line chart of one series (and optionally an earlier one, dimmed) drawn with braille
/// dots, two dot columns and four dot rows per cell, with a y axis on the left and the
/// x range under it.
///
/// The chart is given one `CurveColumn` per dot column (`dotColumns(forWidth:)` says how
/// many), so drawing costs the same whatever the length of the history behind it.
public struct CurveChart: Sendable {
  /// The series in front, one summary per dot column.
  public var current: [CurveColumn?]
  /// An earlier series drawn behind it in the faint style; empty for none.
  public var previous: [CurveColumn?]
  /// Dot columns where something changed (α, on the cost curve); marked on the curve.
  public var marks: [Int]
  public var logarithmic: Bool
  /// The x values at the left and right edges, written under the axis.
  public var xRange: ClosedRange<Int>

  public init(
    current: [CurveColumn?], previous: [CurveColumn?] = [], marks: [Int] = [],
    logarithmic: Bool = false, xRange: ClosedRange<Int>
  ) {
    self.current = current
    self.previous = previous
    self.marks = marks
    self.logarithmic = logarithmic
    self.xRange = xRange
  }

  /// How many powers of ten separate the smallest and the largest positive value shown;
  /// 0 when there are none. A linear axis flattens everything but the largest values when
  /// this is large.
  public var decades: Double {
    var low = Double.infinity
    var high = 0.0
    for case let column? in current + previous where column.low > 0 {
      low = Swift.min(low, column.low)
      high = Swift.max(high, column.high)
    }
    guard low.isFinite, high > 0 else { return 0 }
    return log10(high / low)
  }

  /// Width of the y labels: `%.3g` needs at most 9 characters (`-1.23e-05`) down to 1e-99;
  /// `AxisLabel` fits smaller and larger numbers by shortening them.
  static let labelWidth = 9

  /// How many dot columns a chart `width` cells wide has, so that callers can summarise
  /// their data for it.
  public static func dotColumns(forWidth width: Int) -> Int {
    max(width - labelWidth - 1, 0) * 2
  }

  public func render(on canvas: Canvas) {
    let plotColumns = max(canvas.columns - Self.labelWidth - 1, 0)
    let plotRows = max(canvas.rows - 1, 0)
    guard plotColumns > 0, plotRows > 0 else { return }
    let g = canvas.glyphs
    let plot = canvas.region(
      row: 0, column: Self.labelWidth + 1, rows: plotRows, columns: plotColumns)

    for row in 0..<plotRows { canvas.put(g.vertical, row: row, column: Self.labelWidth) }
    let axis = g.bottomLeft + String(repeating: g.horizontal, count: plotColumns)
    canvas.put(axis, row: plotRows, column: Self.labelWidth, style: .faint)
    let left = String(xRange.lowerBound)
    let right = String(xRange.upperBound)
    canvas.put(left, row: plotRows, column: Self.labelWidth + 1)
    if xRange.upperBound > xRange.lowerBound, right.count + left.count + 1 < plotColumns {
      canvas.put(right, row: plotRows, column: canvas.columns - right.count)
    }

    guard let scale = CurveScale(columns: [current, previous], logarithmic: logarithmic) else {
      plot.putCentered("no values to draw yet", row: plotRows / 2, style: .faint)
      return
    }
    drawLabels(on: canvas, scale: scale, rows: plotRows)

    var back = DotGrid(cellColumns: plotColumns, cellRows: plotRows)
    _ = Self.trace(previous, on: &back, scale: scale)
    var front = DotGrid(cellColumns: plotColumns, cellRows: plotRows)
    let frontRows = Self.trace(current, on: &front, scale: scale)

    for row in 0..<plotRows {
      drawRow(row, front: front, back: back, on: plot)
    }
    for mark in marks where mark >= 0 && mark < frontRows.count {
      guard let y = frontRows[mark] else { continue }
      plot.put(g.changeMark, row: y / 4, column: mark / 2, style: .warning)
    }
  }

  /// Draws one row of cells, one `put` per run of cells of the same kind rather than one a
  /// cell: the current curve in front, the earlier one behind it, blanks left alone.
  private func drawRow(_ row: Int, front: DotGrid, back: DotGrid, on plot: Canvas) {
    let g = plot.glyphs
    var run = ""
    var runStart = 0
    var runStyle: Style?
    func flush() {
      if let runStyle, !run.isEmpty { plot.put(run, row: row, column: runStart, style: runStyle) }
      run = ""
      runStyle = nil
    }

    for column in 0..<plot.columns {
      let dots = front.dots(row: row, column: column)
      let behind = back.dots(row: row, column: column)
      let style: Style? = dots != 0 ? .accent : (behind != 0 ? .faint : nil)
      if style != runStyle { flush() }
      guard let style else { continue }
      if runStyle == nil {
        runStart = column
        runStyle = style
      }
      run.append(
        dots != 0
          ? g.plotCharacter(dots: dots, mark: "*") : g.plotCharacter(dots: behind, mark: "."))
    }
    flush()
  }

  private func drawLabels(on canvas: Canvas, scale: CurveScale, rows: Int) {
    var placed: [(row: Int, fraction: Double)] = [(0, 1), (rows - 1, 0)]
    if rows >= 5 { placed.append((rows / 2, 1 - Double(rows / 2) / Double(rows - 1))) }
    for (row, fraction) in placed {
      let text = CurveScale.label(scale.value(atFraction: fraction))
      let padding = String(repeating: " ", count: Self.labelWidth - text.count)
      canvas.put(padding + text, row: row, column: 0, style: .faint)
    }
  }

  /// Draws a series as a connected line: each dot column covers its low..high and reaches
  /// back to the previous column's last value; empty columns between two values are
  /// bridged by a straight line. Returns the dot row of each column's last value.
  static func trace(_ series: [CurveColumn?], on grid: inout DotGrid, scale: CurveScale)
    -> [Int?]
  {
    var lastRows = [Int?](repeating: nil, count: min(series.count, grid.width))
    var previous: (x: Int, y: Int)?
    for x in 0..<lastRows.count {
      guard let column = series[x],
        let high = scale.row(for: column.high, height: grid.height),
        let low = scale.row(for: column.low, height: grid.height),
        let last = scale.row(for: column.last, height: grid.height)
      else { continue }

      var top = high
      var bottom = low
      if let previous {
        let gap = x - previous.x
        for step in 1..<max(gap, 1) {
          let y = previous.y + (last - previous.y) * step / gap
          let before = previous.y + (last - previous.y) * (step - 1) / gap
          grid.setColumn(x: previous.x + step, from: before, to: y)
        }
        let reach = gap > 1 ? previous.y + (last - previous.y) * (gap - 1) / gap : previous.y
        top = min(top, reach)
        bottom = max(bottom, reach)
      }
      grid.setColumn(x: x, from: top, to: bottom)
      lastRows[x] = last
      previous = (x, last)
    }
    return lastRows
  }
}

import DescentEngine

/// A function of one variable drawn with braille dots (marks in ASCII) over a window of x,
/// with straight segments (a tangent, the jumps of gradient descent) and marked points on
/// top, a y axis labelled on the left and the x range under it.
///
/// Values that are undefined or outside the window are left out: the curve breaks there
/// instead of showing `nan`.
struct FunctionPlot {
  var xRange: ClosedRange<Double>
  var yRange: ClosedRange<Double>
  /// f(x), or nil where f has no finite value.
  var curve: (Double) -> Double?
  /// Straight lines from one (x, y) to another, drawn in the accent style.
  var segments: [(from: (x: Double, y: Double), to: (x: Double, y: Double))] = []
  /// Points marked with a whole cell, the last one on top.
  var points: [(x: Double, y: Double)] = []
  /// Names written on the x axis under their x (`a` under the point), where they fit
  /// between the range's ends.
  var xMarks: [(x: Double, label: String)] = []

  /// Width of the y labels (the range's ends, as `AxisLabel` fits them).
  static let labelWidth = AxisLabel.minimumWidth

  /// The smallest canvas that shows a curve at all.
  static let minimumColumns = labelWidth + 1 + 12
  static let minimumRows = 4

  func render(on canvas: Canvas) {
    let plotColumns = canvas.columns - Self.labelWidth - 1
    let plotRows = canvas.rows - 1
    guard plotColumns >= 4, plotRows >= 2 else { return }
    let g = canvas.glyphs
    let plot = canvas.region(
      row: 0, column: Self.labelWidth + 1, rows: plotRows, columns: plotColumns)

    for row in 0..<plotRows { canvas.put(g.vertical, row: row, column: Self.labelWidth) }
    let axis = g.bottomLeft + String(repeating: g.horizontal, count: plotColumns)
    canvas.put(axis, row: plotRows, column: Self.labelWidth, style: .faint)
    let left = formatNumber(xRange.lowerBound, significantDigits: 3)
    let right = formatNumber(xRange.upperBound, significantDigits: 3)
    canvas.put(left, row: plotRows, column: Self.labelWidth + 1, style: .faint)
    if left.count + right.count + 2 < plotColumns {
      canvas.put(right, row: plotRows, column: canvas.columns - right.count, style: .faint)
    }
    for (row, value) in [(0, yRange.upperBound), (plotRows - 1, yRange.lowerBound)] {
      let label = AxisLabel.text(value, width: Self.labelWidth)
      let padding = String(repeating: " ", count: Self.labelWidth - label.count)
      canvas.put(padding + label, row: row, column: 0, style: .faint)
    }

    let rightStart = canvas.columns - right.count - Self.labelWidth - 1
    for mark in xMarks {
      let span = xRange.upperBound - xRange.lowerBound
      let fraction = (mark.x - xRange.lowerBound) / span
      guard fraction.isFinite, fraction >= 0, fraction <= 1 else { continue }
      let column = Int((fraction * Double(plotColumns - 1)).rounded())
      if column > left.count, column + mark.label.count < rightStart {
        canvas.put(
          mark.label, row: plotRows, column: Self.labelWidth + 1 + column, style: .strong)
      }
    }

    var curveDots = DotGrid(cellColumns: plotColumns, cellRows: plotRows)
    var lineDots = DotGrid(cellColumns: plotColumns, cellRows: plotRows)
    let scale = Scale(x: xRange, y: yRange, width: curveDots.width, height: curveDots.height)
    traceCurve(on: &curveDots, scale: scale)
    for segment in segments {
      Self.trace(from: segment.from, to: segment.to, on: &lineDots, scale: scale)
    }

    for row in 0..<plotRows {
      for column in 0..<plotColumns {
        let onCurve = curveDots.dots(row: row, column: column)
        let onLine = lineDots.dots(row: row, column: column)
        guard onCurve | onLine != 0 else { continue }
        let cell: String
        if g.isUnicode {
          cell = g.plotCell(dots: onCurve | onLine)
        } else {
          cell = onCurve != 0 ? "*" : "."
        }
        plot.put(cell, row: row, column: column, style: onCurve == 0 ? .accent : .plain)
      }
    }
    for point in points {
      guard let x = scale.dotX(point.x), let y = scale.dotY(point.y),
        x >= 0, x < curveDots.width, y >= 0, y < curveDots.height
      else { continue }
      plot.put(g.point, row: y / 4, column: x / 2, style: .strong)
    }
  }

  /// Joins f's value at each dot column to the one before, so steep parts stay connected;
  /// a column where f is undefined breaks the line.
  private func traceCurve(on grid: inout DotGrid, scale: Scale) {
    var previous: Int?
    for column in 0..<grid.width {
      let x = scale.x(atDot: column)
      guard let value = curve(x), let y = scale.dotY(value) else {
        previous = nil
        continue
      }
      let height = grid.height
      let outside = { (row: Int) in row < 0 ? -1 : row >= height ? 1 : 0 }
      if let before = previous, outside(before) == 0 || outside(y) == 0 {
        grid.setColumn(x: column, from: before, to: y)
      } else {
        grid.setColumn(x: column, from: y, to: y)
      }
      previous = y
    }
  }

  private static func trace(
    from start: (x: Double, y: Double), to end: (x: Double, y: Double), on grid: inout DotGrid,
    scale: Scale
  ) {
    guard let x0 = scale.dotX(start.x), let y0 = scale.dotY(start.y),
      let x1 = scale.dotX(end.x), let y1 = scale.dotY(end.y)
    else { return }
    let steps = min(max(abs(x1 - x0), abs(y1 - y0), 1), 4 * (grid.width + grid.height))
    for step in 0...steps {
      let t = Double(step) / Double(steps)
      let x = Double(x0) + Double(x1 - x0) * t
      let y = Double(y0) + Double(y1 - y0) * t
      grid.set(x: Int(x.rounded()), y: Int(y.rounded()))
    }
  }

  /// A y range for the finite `samples` that keeps a spike (f near a pole) from flattening
  /// everything else: when the extremes are far outside the middle 80 % of the values, the
  /// range is that middle part, widened by half on each side.
  static func yRange(for samples: [Double]) -> ClosedRange<Double> {
    let finite = samples.filter(\.isFinite).sorted()
    guard let lowest = finite.first, let highest = finite.last else { return -1...1 }
    var low = lowest
    var high = highest
    let middleLow = finite[finite.count / 10]
    let middleHigh = finite[finite.count - 1 - finite.count / 10]
    let middle = middleHigh - middleLow
    if middle > 0, high - low > 8 * middle {
      low = max(low, middleLow - middle / 2)
      high = min(high, middleHigh + middle / 2)
    }
    let pad = max((high - low) * 0.08, max(abs(high), abs(low), 1) * 1e-9)
    // A cost that is never negative keeps 0 as its floor rather than a negative label.
    let floor = low >= 0 && high > 0 ? max(low - pad, 0) : low - pad
    return floor...(high + pad)
  }
}

/// Maps x and y to dot columns and rows of a plot (row 0 at the top).
private struct Scale {
  let x: ClosedRange<Double>
  let y: ClosedRange<Double>
  let width: Int
  let height: Int

  func x(atDot column: Int) -> Double {
    x.lowerBound + (x.upperBound - x.lowerBound) * Double(column) / Double(max(width - 1, 1))
  }

  func dotX(_ value: Double) -> Int? {
    Self.place(value, in: x, size: width, flipped: false)
  }

  func dotY(_ value: Double) -> Int? {
    Self.place(value, in: y, size: height, flipped: true)
  }

  /// The dot for `value`, possibly outside 0..<size (clipped by the grid), or nil when the
  /// value is not finite or too far out to place.
  private static func place(
    _ value: Double, in range: ClosedRange<Double>, size: Int, flipped: Bool
  )
    -> Int?
  {
    let span = range.upperBound - range.lowerBound
    guard value.isFinite, span > 0 else { return nil }
    var fraction = (value - range.lowerBound) / span
    if flipped { fraction = 1 - fraction }
    let dot = (fraction * Double(size - 1)).rounded()
    guard dot.isFinite, abs(dot) < 1e6 else { return nil }
    return Int(dot)
  }
}

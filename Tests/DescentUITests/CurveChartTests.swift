import DescentUI
import Foundation
import Testing

@Suite("the braille cost curve")
struct CurveChartTests {
  /// Draws `values` (value i at iteration i) on a chart of `columns`×`rows` cells.
  private func draw(
    _ values: [Double], previous: [Double] = [], marks: [Int] = [], log: Bool = false,
    glyphs: Glyphs = .unicode, columns: Int = 40, rows: Int = 10
  ) -> MemoryScreen {
    let screen = MemoryScreen(rows: rows, columns: columns)
    let dots = CurveChart.dotColumns(forWidth: columns)
    let last = max(values.count, previous.count) - 1
    let chart = CurveChart(
      current: CurveColumn.summarize(values, count: dots, lastStep: last),
      previous: CurveColumn.summarize(previous, count: dots, lastStep: last),
      marks: marks.map { $0 * dots / (last + 1) }, logarithmic: log, xRange: 0...max(last, 0))
    chart.render(on: Canvas(screen: screen, glyphs: glyphs))
    return screen
  }

  private static let falling = (0..<200).map { 0.7 * exp(-Double($0) / 40) + 0.05 }

  @Test("a falling cost draws a curve from top left to bottom right")
  func falling() throws {
    let screen = draw(Self.falling, marks: [100])
    try Golden.check(screen, "curve-falling")
    #expect(screen.lines[0].contains("0.75"))
  }

  @Test("the ASCII curve uses marks instead of braille")
  func ascii() throws {
    let screen = draw(Self.falling, previous: Self.falling.map { $0 * 0.5 }, glyphs: .ascii)
    try Golden.check(screen, "curve-ascii")
    #expect(screen.text.allSatisfy { $0.isASCII })
  }

  @Test("a flat history draws a level line in the middle")
  func flat() throws {
    let screen = draw(Array(repeating: 0.5, count: 50))
    try Golden.check(screen, "curve-flat")
    let rowsWithDots = screen.lines.indices.filter { row in
      screen.lines[row].unicodeScalars.contains { $0.value >= 0x2801 && $0.value <= 0x28FF }
    }
    #expect(rowsWithDots == [4])
  }

  @Test("a single point draws one dot and finite labels")
  func singlePoint() throws {
    let screen = draw([0.693])
    try Golden.check(screen, "curve-single-point")
    #expect(screen.text.contains("0.693"))
  }

  @Test("NaN and infinite values are left out and never printed")
  func notFinite() throws {
    var values = Array(Self.falling.prefix(100))
    values[30] = .nan
    values[60] = .infinity
    values += [.infinity, .nan]
    let screen = draw(values)
    try Golden.check(screen, "curve-not-finite")
    for word in ["nan", "inf", "undefined"] {
      #expect(!screen.text.lowercased().contains(word))
    }
  }

  @Test("only NaN says there is nothing to draw")
  func onlyNaN() {
    let screen = draw([.nan, .nan])
    #expect(screen.text.contains("no values to draw yet"))
  }

  @Test("a jump of six orders of magnitude keeps both ends on the chart")
  func hugeRange() throws {
    let values = (0..<100).map { $0 < 50 ? 0.5 : 5e5 }
    let linear = draw(values)
    try Golden.check(linear, "curve-huge-linear")
    #expect(linear.lines[0].contains("5e+05"))
    #expect(linear.lines[8].contains("0.5"))

    let log = draw(values, log: true)
    try Golden.check(log, "curve-huge-log")
    #expect(log.lines[4].contains("500"))
  }

  @Test("the earlier run is drawn faint behind the current one")
  func previousRunIsFaint() throws {
    let screen = draw(Array(Self.falling.prefix(80)), previous: Self.falling.map { $0 * 1.2 })
    try Golden.check(screen, "curve-previous-run")
    let faint = (0..<9).flatMap { row in
      (10..<40).map { screen.style(at: Position(row: row, column: $0)) }
    }.filter { $0 == .faint }
    #expect(!faint.isEmpty)
  }

  @Test("a column summary keeps the lowest, highest and last value")
  func summaries() {
    let columns = CurveColumn.summarize([3, 1, 2, .nan, 5, 4], count: 2)
    #expect(
      columns == [CurveColumn(low: 1, high: 3, last: 2), CurveColumn(low: 4, high: 5, last: 4)])
    #expect(CurveColumn.summarize([1, 2], count: 4) == [CurveColumn(1), nil, CurveColumn(2), nil])
  }
}

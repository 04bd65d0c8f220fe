import DescentEngine
import Foundation
import Testing

@testable import DescentUI

@Suite("axis labels")
struct AxisLabelTests {
  @Test(
    "a label fits its width and keeps its exponent",
    arguments: [
      (1.014e304, 7, "1e+304"),
      (-1.014e304, 7, "-1e+304"),
      (1.51e6, 7, "1.51e6"),
      (1.51e6, 9, "1.51e+06"),
      (-1.23e-5, 9, "-1.23e-05"),
      (-1.23e-305, 9, "-1.2e-305"),
      (-1.23e-305, 7, "-1e-305"),
      (Double.leastNonzeroMagnitude, 7, "5e-324"),
      (-9.96e-300, 7, "-1e-299"),
      (0.000123, 7, "0.00012"),
      (1.5, 7, "1.5"),
      (0, 7, "0"),
    ])
  func fits(value: Double, width: Int, expected: String) {
    #expect(AxisLabel.text(value, width: width) == expected)
  }

  @Test("every finite value fits the narrowest width, exponent and all")
  func narrowest() {
    let values = [
      Double.greatestFiniteMagnitude, -Double.greatestFiniteMagnitude,
      Double.leastNonzeroMagnitude, -Double.leastNormalMagnitude, -9.99e-300, -9.96e99,
    ]
    for value in values {
      let label = AxisLabel.text(value, width: AxisLabel.minimumWidth)
      #expect(label.count <= AxisLabel.minimumWidth, "\(label)")
      #expect(abs(magnitude(label) - log10(abs(value))) < 1, "\(label) for \(value)")
    }
  }

  @Test("the nudge explorer on exp(a) at a = 700 labels its axis in the e+304 range")
  func nudgeHuge() throws {
    let widget = NudgeWidget(line: 1, formula: "f = exp(a)", input: "a", start: 700)
    let screen = MemoryScreen(rows: 14, columns: 72)
    NudgeExplorer(widget).render(on: Canvas(screen: screen, glyphs: .unicode))
    // The y labels are the last word before the plot's left edge; the top one is J's
    // largest value, about 1e304.
    let labels = screen.lines.compactMap { line -> String? in
      guard let edge = line.firstIndex(where: { "│└".contains($0) }) else { return nil }
      return line[..<edge].split(separator: " ").last.map(String.init)
    }
    let top = try #require(labels.first)
    #expect(top.count <= 7)
    let value = try #require(Double(top))
    #expect(value > 1e303 && value < 1e305, "\(top)")
  }

  @Test("the cost chart labels tiny and huge costs with their exponents")
  func chartExtremes() {
    for values in [[-1.5e-305, -3.456e-305, -2e-305], [1.5e305, 3.456e305, 2e305]] {
      let screen = MemoryScreen(rows: 10, columns: 40)
      let dots = CurveChart.dotColumns(forWidth: 40)
      let chart = CurveChart(
        current: CurveColumn.summarize(values, count: dots, lastStep: 2), previous: [],
        marks: [], logarithmic: false, xRange: 0...2)
      chart.render(on: Canvas(screen: screen, glyphs: .unicode))
      for row in [0, 8] {
        let label = screen.lines[row].prefix(9).trimmingCharacters(in: .whitespaces)
        #expect(abs(magnitude(label) - log10(abs(values[0]))) < 1, "\(label)")
      }
    }
  }

  /// log10 of a label's size, read as mantissa and exponent: `1.8e308` rounds up past the
  /// largest `Double` but still says 10^308.
  private func magnitude(_ label: String) -> Double {
    let parts = label.split(separator: "e")
    let mantissa = parts.first.flatMap { Double($0) } ?? .nan
    let exponent = parts.count == 2 ? Double(parts[1]) ?? .nan : 0
    return log10(abs(mantissa)) + exponent
  }
}

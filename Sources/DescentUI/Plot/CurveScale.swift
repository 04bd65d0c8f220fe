import DescentEngine
import Foundation

/// Maps values to dot rows: linear, or logarithmic (equal steps for equal ratios).
///
/// The range covers every finite value shown. A range of zero height (a flat curve, a single
/// point) is widened around its value so the curve sits in the middle; on a log scale,
/// values ≤ 0 cannot be placed and are left out.
struct CurveScale {
  /// The transformed bottom and top of the range.
  let bottom: Double
  let top: Double
  let isLogarithmic: Bool

  /// Nil when no value can be placed.
  init?(columns: [[CurveColumn?]], logarithmic: Bool) {
    var low = Double.infinity
    var high = -Double.infinity
    for series in columns {
      for case let column? in series {
        for value in [column.low, column.high] {
          guard let t = Self.transform(value, logarithmic: logarithmic) else { continue }
          low = min(low, t)
          high = max(high, t)
        }
      }
    }
    guard low.isFinite, high.isFinite else { return nil }

    if high - low <= max(abs(high), abs(low), 1e-300) * 1e-12 {
      let pad = logarithmic ? 0.5 : max(abs(high) * 0.1, 1e-12)
      low -= pad
      high += pad
    }
    bottom = low
    top = high
    isLogarithmic = logarithmic
  }

  static func transform(_ value: Double, logarithmic: Bool) -> Double? {
    guard value.isFinite else { return nil }
    guard logarithmic else { return value }
    guard value > 0 else { return nil }
    return log10(value)
  }

  /// The dot row for `value` among `height` rows, 0 at the top; nil if it cannot be placed.
  func row(for value: Double, height: Int) -> Int? {
    guard let t = Self.transform(value, logarithmic: isLogarithmic) else { return nil }
    let fraction = (t - bottom) / (top - bottom)
    guard fraction.isFinite else { return nil }
    let row = ((1 - fraction) * Double(height - 1)).rounded()
    return Int(min(max(row, 0), Double(height - 1)))
  }

  /// The value at a fraction of the way from the bottom (0) to the top (1).
  func value(atFraction fraction: Double) -> Double {
    let t = bottom + (top - bottom) * fraction
    return isLogarithmic ? pow(10, t) : t
  }

  /// An axis label of at most `CurveChart.labelWidth` characters.
  static func label(_ value: Double) -> String {
    AxisLabel.text(value, width: CurveChart.labelWidth)
  }
}

/// What one column of dots of a chart summarises: the lowest, highest and last value of the
/// points that fall in it.
///
/// A chart draws from one summary per dot column, never from the points themselves, so a
/// frame costs the same for a history of a thousand points as for a million. Values that are
/// not finite (NaN, ±∞) are left out of a summary; a column with no finite value is nil.
public struct CurveColumn: Sendable, Equatable {
  public var low: Double
  public var high: Double
  public var last: Double

  public init(low: Double, high: Double, last: Double) {
    self.low = low
    self.high = high
    self.last = last
  }

  /// A column with the same value at the low, the high and the last.
  public init(_ value: Double) {
    self.init(low: value, high: value, last: value)
  }

  /// Summarises `values` (value `i` at step `i`) into `count` columns, spread over the steps
  /// `0...lastStep` (the values' own range when nil). Column `c` holds the steps `i` with
  /// `i · count / (lastStep + 1) == c`; with fewer steps than columns some columns stay
  /// empty. This reads every value: it is for tests and short series; long histories keep a
  /// summary of their own.
  public static func summarize(_ values: [Double], count: Int, lastStep: Int? = nil)
    -> [CurveColumn?]
  {
    guard count > 0 else { return [] }
    var columns = [CurveColumn?](repeating: nil, count: count)
    let steps = (lastStep ?? (values.count - 1)) + 1
    guard steps > 0 else { return columns }
    for (step, value) in values.enumerated() where value.isFinite && step < steps {
      let index = step * count / steps
      if let column = columns[index] {
        columns[index] = CurveColumn(
          low: min(column.low, value), high: max(column.high, value), last: value)
      } else {
        columns[index] = CurveColumn(value)
      }
    }
    return columns
  }
}

import DescentEngine

/// Turns cost histories into the column summaries a `CurveChart` draws, through the
/// history's bucket summary: the work depends on the chart's width, not on the history's
/// length.
enum CostCurve {
  /// One summary per dot column for `history`, on an x axis of `span` iterations
  /// (0 ..< span) spread over `dots` columns; iterations past the history's end stay empty.
  static func columns(of history: CostHistory, dots: Int, span: Int) -> [CurveColumn?] {
    var columns = [CurveColumn?](repeating: nil, count: max(dots, 0))
    guard dots > 0, span > 0, history.count > 0 else { return columns }

    // As many buckets as the columns the history covers, so that buckets and columns line up.
    let covered = Int((Int64(dots) * Int64(history.count) + Int64(span) - 1) / Int64(span))
    let buckets = history.buckets(iterations: 0...(history.count - 1), count: max(covered, 1))
    for bucket in buckets {
      guard let low = bucket.min, let high = bucket.max, let last = bucket.last else { continue }
      let index = min(column(of: bucket.iterations.lowerBound, dots: dots, span: span), dots - 1)
      if let existing = columns[index] {
        columns[index] = CurveColumn(
          low: Swift.min(existing.low, low), high: Swift.max(existing.high, high), last: last)
      } else {
        columns[index] = CurveColumn(low: low, high: high, last: last)
      }
    }
    return columns
  }

  /// The dot column of `iteration` on an axis of `span` iterations.
  static func column(of iteration: Int, dots: Int, span: Int) -> Int {
    Int(Int64(iteration) * Int64(dots) / Int64(max(span, 1)))
  }

  /// The dot columns where α changed during the run (not its first value, at iteration 0).
  static func marks(of history: CostHistory, dots: Int, span: Int) -> [Int] {
    history.learningRateChanges.compactMap { change in
      guard change.iteration > 0, change.iteration < history.count else { return nil }
      return column(of: change.iteration, dots: dots, span: span)
    }
  }
}

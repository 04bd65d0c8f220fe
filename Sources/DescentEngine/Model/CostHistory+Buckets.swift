extension CostHistory {
  /// Summarises `iterations` (clipped to the points there are) into `count` buckets of
  /// consecutive iterations, as equal in size as they can be, in order.
  ///
  /// When the range holds fewer points than `count`, each point is a bucket of its own. The
  /// work depends on `count` and log(points), not on how many points the range covers.
  public func buckets(iterations: ClosedRange<Int>, count: Int) -> [CostBucket] {
    let first = Swift.max(iterations.lowerBound, 0)
    let last = Swift.min(iterations.upperBound, self.count - 1)
    guard count > 0, first <= last else { return [] }

    let length = last - first + 1
    let bucketCount = Swift.min(count, length)
    return (0..<bucketCount).map { bucket in
      let start = first + bucket * length / bucketCount
      let end = first + (bucket + 1) * length / bucketCount - 1
      let (low, high) = extremes(start...end)
      return CostBucket(
        iterations: start...end,
        min: low.isFinite ? low : nil,
        max: high.isFinite ? high : nil,
        last: lastFiniteCost(in: start...end))
    }
  }

  /// The smallest and largest finite cost in `range` (±∞ when there is none).
  func extremes(_ range: ClosedRange<Int>) -> (Double, Double) {
    var low = Double.infinity
    var high = -Double.infinity
    func include(_ cost: Double) {
      guard cost.isFinite else { return }
      low = Swift.min(low, cost)
      high = Swift.max(high, cost)
    }

    var start = range.lowerBound
    var end = range.upperBound + 1
    while start < end && start % Self.blockSize != 0 {
      include(cost(at: start))
      start += 1
    }
    while end > start && end % Self.blockSize != 0 {
      end -= 1
      include(cost(at: end))
    }

    var left = start / Self.blockSize
    var right = end / Self.blockSize
    var level = 0
    while left < right {
      if left % 2 == 1 {
        low = Swift.min(low, blockLowest(level, left))
        high = Swift.max(high, blockHighest(level, left))
        left += 1
      }
      if right % 2 == 1 {
        right -= 1
        low = Swift.min(low, blockLowest(level, right))
        high = Swift.max(high, blockHighest(level, right))
      }
      left /= 2
      right /= 2
      level += 1
    }
    return (low, high)
  }

  /// The latest finite cost in `range`. The trainers stop at the first cost that is not
  /// finite, so this looks at one or two points in practice.
  func lastFiniteCost(in range: ClosedRange<Int>) -> Double? {
    var iteration = range.upperBound
    while iteration >= range.lowerBound {
      let value = cost(at: iteration)
      if value.isFinite { return value }
      iteration -= 1
    }
    return nil
  }
}

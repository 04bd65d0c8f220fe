import Testing

@testable import DescentEngine

@Suite("the cost history")
struct ModelCostHistoryTests {
  /// A deterministic jagged sequence with the odd non-finite value.
  static func history(count: Int) -> (CostHistory, [Double]) {
    var history = CostHistory()
    var costs: [Double] = []
    var state: UInt64 = 12345
    for i in 0..<count {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      var cost = Double(state >> 11) / Double(1 << 53) * 10 / Double(1 + i % 50)
      if i % 97 == 13 { cost = .infinity }
      if i % 211 == 5 { cost = .nan }
      costs.append(cost)
      history.append(cost: cost, learningRate: 0.1)
    }
    return (history, costs)
  }

  static func bruteForce(_ costs: [Double], _ range: ClosedRange<Int>) -> CostBucket {
    let finite = costs[range].filter(\.isFinite)
    return CostBucket(
      iterations: range, min: finite.min(), max: finite.max(),
      last: costs[range].last(where: \.isFinite))
  }

  @Test(
    "buckets summarise min, max and last finite cost exactly as a full scan would",
    arguments: [
      (1, 0...0, 1), (5, 0...4, 10), (100, 0...99, 7), (1000, 0...999, 200),
      (1000, 37...912, 13), (4097, 0...4096, 64), (4097, 1...4095, 3), (3000, 2990...5000, 4),
      (777, -5...10, 2), (5000, 0...4999, 1),
    ])
  func bucketsMatchBruteForce(points: Int, range: ClosedRange<Int>, buckets: Int) {
    let (history, costs) = Self.history(count: points)
    let summary = history.buckets(iterations: range, count: buckets)
    let first = max(range.lowerBound, 0)
    let last = min(range.upperBound, points - 1)
    let length = last - first + 1
    #expect(summary.count == min(buckets, length))
    #expect(summary.first?.iterations.lowerBound == first)
    #expect(summary.last?.iterations.upperBound == last)
    for (index, bucket) in summary.enumerated() {
      if index > 0 {
        #expect(bucket.iterations.lowerBound == summary[index - 1].iterations.upperBound + 1)
      }
      #expect(bucket == Self.bruteForce(costs, bucket.iterations))
    }
  }

  @Test("every sub-range's extremes match a full scan")
  func everyRange() {
    let (history, costs) = Self.history(count: 300)
    for start in stride(from: 0, to: 300, by: 7) {
      for end in start..<300 {
        let (low, high) = history.extremes(start...end)
        let expected = Self.bruteForce(costs, start...end)
        #expect(low == (expected.min ?? .infinity))
        #expect(high == (expected.max ?? -.infinity))
      }
    }
  }

  @Test("an empty history or range gives no buckets")
  func empty() {
    #expect(CostHistory().buckets(iterations: 0...100, count: 10).isEmpty)
    let (history, _) = Self.history(count: 10)
    #expect(history.buckets(iterations: 20...30, count: 10).isEmpty)
    #expect(history.buckets(iterations: 0...9, count: 0).isEmpty)
  }

  @Test("a bucket with no finite cost says so with nil")
  func noFiniteCost() {
    var history = CostHistory()
    history.append(cost: 1, learningRate: 1)
    history.append(cost: .infinity, learningRate: 1)
    let buckets = history.buckets(iterations: 0...1, count: 2)
    #expect(buckets[1] == CostBucket(iterations: 1...1, min: nil, max: nil, last: nil))
    #expect(buckets[0].last == 1)
  }

  @Test("learning rate changes are kept where α took a new value")
  func learningRates() {
    var history = CostHistory()
    history.append(cost: 3, learningRate: 0.1)
    history.append(cost: 2, learningRate: 0.1)
    history.append(cost: 1, learningRate: 0.5)
    history.changeLearningRate(to: 0.1)  // back to the old α before its update: no change
    history.append(cost: 0.5, learningRate: 0.1)
    history.changeLearningRate(to: 2)
    #expect(
      history.learningRateChanges == [
        LearningRateChange(iteration: 0, learningRate: 0.1),
        LearningRateChange(iteration: 3, learningRate: 2),
      ])
    #expect(history.learningRate(at: 2) == 0.1)
    #expect(history[3] == CostPoint(iteration: 3, cost: 0.5, learningRate: 2))
  }
}

/// The cost at every iteration of a run, from iteration 0, and the learning rates used.
///
/// Drawing the curve asks for a summary of a range of iterations in as many buckets as the
/// screen has columns. So that a frame costs the same with 10³ or 10⁶ points, the history
/// keeps, as points arrive, the lowest and highest cost of every aligned block of
/// 8, 16, 32, … points (a pyramid by powers of two, about half as many numbers again as the
/// points). The extremes of any range are then read from O(log n) blocks plus at most 14
/// single points at its ends.
public struct CostHistory: Equatable, Sendable {
  /// Points per block at the pyramid's lowest level.
  static let blockSize = 8

  private var costs: [Double] = []
  /// `lowest[k][i]`: the smallest finite cost in block i of size 8·2ᵏ (+∞ when none).
  private var lowest: [[Double]] = []
  /// `highest[k][i]`: the largest finite cost in block i of size 8·2ᵏ (−∞ when none).
  private var highest: [[Double]] = []

  /// Every iteration at which α took a new value, in order; the first is at iteration 0.
  public private(set) var learningRateChanges: [LearningRateChange] = []

  public init() {}

  /// The number of points; they are iterations 0 ..< count.
  public var count: Int { costs.count }

  public var isEmpty: Bool { costs.isEmpty }

  /// The latest point, if any.
  public var last: CostPoint? { isEmpty ? nil : self[count - 1] }

  /// The point at `iteration` (0 ..< count).
  public subscript(iteration: Int) -> CostPoint {
    CostPoint(
      iteration: iteration, cost: costs[iteration], learningRate: learningRate(at: iteration))
  }

  /// The cost alone at `iteration`.
  public func cost(at iteration: Int) -> Double { costs[iteration] }

  /// α in use for the update from `iteration`.
  public func learningRate(at iteration: Int) -> Double {
    var low = 0
    var high = learningRateChanges.count
    while high - low > 1 {
      let middle = (low + high) / 2
      if learningRateChanges[middle].iteration <= iteration { low = middle } else { high = middle }
    }
    return learningRateChanges.isEmpty ? .nan : learningRateChanges[low].learningRate
  }

  /// Adds the cost of the next iteration (`count`) and the α its update uses.
  public mutating func append(cost: Double, learningRate: Double) {
    let iteration = costs.count
    costs.append(cost)
    if learningRateChanges.last?.learningRate != learningRate {
      learningRateChanges.append(
        LearningRateChange(iteration: iteration, learningRate: learningRate))
    }
    if (iteration + 1) % Self.blockSize == 0 { addBlock(endingAt: iteration) }
  }

  /// Sets the α of the latest point: the learning rate changed before its update was taken.
  public mutating func changeLearningRate(to learningRate: Double) {
    guard !costs.isEmpty else { return }
    let iteration = costs.count - 1
    if let latest = learningRateChanges.last, latest.iteration == iteration {
      learningRateChanges.removeLast()
    }
    if learningRateChanges.last?.learningRate != learningRate {
      learningRateChanges.append(
        LearningRateChange(iteration: iteration, learningRate: learningRate))
    }
  }

  /// Forgets every point.
  public mutating func removeAll() {
    self = CostHistory()
  }

  /// The smallest finite cost of block `index` at pyramid `level`.
  func blockLowest(_ level: Int, _ index: Int) -> Double { lowest[level][index] }

  /// The largest finite cost of block `index` at pyramid `level`.
  func blockHighest(_ level: Int, _ index: Int) -> Double { highest[level][index] }

  private mutating func addBlock(endingAt iteration: Int) {
    var low = Double.infinity
    var high = -Double.infinity
    for cost in costs[(iteration + 1 - Self.blockSize)...iteration] where cost.isFinite {
      low = Swift.min(low, cost)
      high = Swift.max(high, cost)
    }
    var level = 0
    while true {
      if lowest.count == level {
        lowest.append([])
        highest.append([])
      }
      lowest[level].append(low)
      highest[level].append(high)
      let blocks = lowest[level].count
      guard blocks % 2 == 0 else { break }
      low = Swift.min(lowest[level][blocks - 2], low)
      high = Swift.max(highest[level][blocks - 2], high)
      level += 1
    }
  }
}

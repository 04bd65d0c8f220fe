/// A summary of consecutive iterations of a cost history, for drawing one column of a curve.
public struct CostBucket: Equatable, Sendable {
  /// The iterations summarised.
  public var iterations: ClosedRange<Int>
  /// The lowest finite cost among them; nil when none is finite.
  public var min: Double?
  /// The highest finite cost among them; nil when none is finite.
  public var max: Double?
  /// The cost at the latest of them that is finite; nil when none is.
  public var last: Double?

  public init(iterations: ClosedRange<Int>, min: Double?, max: Double?, last: Double?) {
    self.iterations = iterations
    self.min = min
    self.max = max
    self.last = last
  }
}

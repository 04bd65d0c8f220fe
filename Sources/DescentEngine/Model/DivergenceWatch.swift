/// Decides when a run has diverged.
///
/// A run diverges when a number stops being finite, or when its cost keeps rising: it rose
/// on each of the last `risingSteps` steps **and** is now above the cost the run started
/// from. The second condition keeps a run that climbs a little while settling (or that was
/// just given a smaller α) from being called diverged; the first keeps a single overshoot
/// from being called so.
public struct DivergenceWatch: Equatable, Sendable {
  /// How many rises in a row count as "keeps rising".
  public var risingSteps: Int
  private var startCost: Double?
  private var previousCost: Double?
  private var rises = 0

  public init(risingSteps: Int) {
    precondition(risingSteps > 0, "risingSteps must be positive")
    self.risingSteps = risingSteps
  }

  /// Looks at the cost of the next iteration; returns why the run diverged, or nil.
  public mutating func observe(cost: Double) -> String? {
    guard cost.isFinite else { return "the cost is no longer a finite number" }

    if let previousCost, cost > previousCost {
      rises += 1
    } else {
      rises = 0
    }
    previousCost = cost
    if startCost == nil { startCost = cost }

    if let startCost, rises >= risingSteps, cost > startCost {
      return "the cost rose on \(rises) steps in a row and is above where it started"
    }
    return nil
  }

  /// Forgets everything seen, for a new run.
  public mutating func reset() {
    startCost = nil
    previousCost = nil
    rises = 0
  }
}

/// A lesson's poll score, shown at its end: `right` of `polls` (`answered` so far).
public struct PollScore: Equatable, Sendable {
  /// Polls whose first answer was right.
  public var right: Int
  /// Polls answered at least once.
  public var answered: Int
  /// Polls in the lesson.
  public var polls: Int

  public init(right: Int, answered: Int, polls: Int) {
    self.right = right
    self.answered = answered
    self.polls = polls
  }
}

/// How the student answered one poll.
public struct PollAnswer: Codable, Equatable, Sendable {
  /// The slug of the lesson and the 0-based step that holds the poll.
  public var lesson: String
  public var step: Int
  /// The first choice made (1-based), and whether it was right: this is what the score counts.
  public var choice: Int
  public var correct: Bool
  /// The most recent choice (1-based).
  public var lastChoice: Int
  /// How many times the poll was answered.
  public var attempts: Int

  public init(
    lesson: String, step: Int, choice: Int, correct: Bool, lastChoice: Int, attempts: Int
  ) {
    self.lesson = lesson
    self.step = step
    self.choice = choice
    self.correct = correct
    self.lastChoice = lastChoice
    self.attempts = attempts
  }
}

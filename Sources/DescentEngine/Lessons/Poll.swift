/// A question with numbered choices, exactly one of them right, and an explanation for each
/// choice that the student reads after choosing it.
public struct Poll: Sendable, Equatable {
  public var line: Int
  public var question: String
  /// The choices in order; choice `k` (as the student presses it) is `choices[k - 1]`.
  public var choices: [PollChoice]

  public init(line: Int, question: String, choices: [PollChoice]) {
    self.line = line
    self.question = question
    self.choices = choices
  }

  /// The 1-based number of the right choice.
  public var answer: Int {
    (choices.firstIndex(where: \.isRight) ?? 0) + 1
  }

  /// Whether the 1-based choice `number` is the right one; false for a number out of range.
  public func isRight(_ number: Int) -> Bool {
    choices.indices.contains(number - 1) && choices[number - 1].isRight
  }
}

/// One choice of a poll.
public struct PollChoice: Sendable, Equatable {
  public var text: String
  public var isRight: Bool
  /// Why this choice is right or wrong; never empty.
  public var explanation: String

  public init(text: String, isRight: Bool, explanation: String) {
    self.text = text
    self.isRight = isRight
    self.explanation = explanation
  }
}

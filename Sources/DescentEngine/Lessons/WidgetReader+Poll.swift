/// Reading a `::: poll` block:
///
/// ```
/// ::: poll
/// question: What are the parameters of logistic regression?
/// 1. w, a vector of n_x numbers, and b, one number
///    right: one weight for each feature, and one bias.
/// 2. w and b, both single numbers
///    wrong: a single w could weigh only one feature.
/// :::
/// ```
extension WidgetReader {
  private struct ChoiceDraft {
    var number: Int
    var line: Int
    var text: String
    var verdict: (isRight: Bool, line: Int, column: Int)?
    var explanation = ""
  }

  private enum Piece {
    case question, choiceText, explanation
  }

  func readPoll() -> Poll? {
    let before = problems.count
    var question: (line: Int, text: String)?
    var choices: [ChoiceDraft] = []
    var last: Piece?

    for (number, text) in block.lines where !text.isBlank {
      let trimmed = text.trimmed
      let indented = text.first?.isWhitespace == true
      let indent = text.prefix(while: \.isWhitespace).count

      if indented, let verdict = Self.verdict(trimmed) {
        guard var choice = choices.popLast() else {
          problem(number, indent + 1, "'\(verdict.word):' explains no choice; put it under one")
          continue
        }
        if choice.verdict != nil {
          problem(number, indent + 1, "choice \(choice.number) is explained twice")
        } else {
          choice.verdict = (verdict.isRight, number, indent + 1)
          choice.explanation = verdict.rest
        }
        choices.append(choice)
        last = .explanation
      } else if indented {
        switch last {
        case .question: question?.text += " " + trimmed
        case .choiceText: choices[choices.count - 1].text += " " + trimmed
        case .explanation: choices[choices.count - 1].explanation += " " + trimmed
        case nil: problem(number, 1, "an indented line continues nothing above it")
        }
      } else if let (numberText, rest) = Self.numberedChoice(text) {
        let expected = choices.count + 1
        if Int(numberText) != expected {
          problem(number, 1, "choice numbered \(numberText) where \(expected) was expected")
        }
        if rest.isEmpty { problem(number, 1, "choice \(expected) has no text") }
        choices.append(ChoiceDraft(number: expected, line: number, text: rest))
        last = .choiceText
      } else if let (name, value, _) = DirectiveBlock.splitParameter(text), name == "question" {
        if let earlier = question {
          problem(number, 1, "'question' is given twice (first on line \(earlier.line))")
        }
        question = (number, value)
        last = .question
      } else {
        problem(
          number, 1,
          "expected 'question: …', a numbered choice '1. …', or an indented 'right: …' or "
            + "'wrong: …' under a choice")
        last = nil
      }
    }

    checkPoll(question: question, choices: choices)
    guard problems.count == before, let question else { return nil }
    let finished = choices.map {
      PollChoice(text: $0.text, isRight: $0.verdict?.isRight ?? false, explanation: $0.explanation)
    }
    return Poll(line: block.line, question: question.text, choices: finished)
  }

  private func checkPoll(question: (line: Int, text: String)?, choices: [ChoiceDraft]) {
    if question == nil {
      problem(block.line, block.nameColumn, "the poll has no question; add 'question: …'")
    } else if let question, question.text.isEmpty {
      problem(question.line, 1, "'question' has no value")
    }
    if choices.count < 2 {
      problem(
        block.line, block.nameColumn,
        "a poll needs at least two choices, numbered '1. …', '2. …'")
    }
    if choices.count > 9 {
      problem(choices[9].line, 1, "a poll has at most nine choices (keys 1 to 9)")
    }
    for choice in choices {
      guard let verdict = choice.verdict else {
        problem(
          choice.line, 1,
          "choice \(choice.number) has no explanation; add an indented line "
            + "'wrong: why' (or 'right: why') under it")
        continue
      }
      if choice.explanation.isEmpty {
        problem(verdict.line, verdict.column, "choice \(choice.number)'s explanation is empty")
      }
    }
    let right = choices.filter { $0.verdict?.isRight == true }
    if choices.count >= 2 && right.isEmpty
      && choices.allSatisfy({ $0.verdict != nil })
    {
      problem(
        block.line, block.nameColumn,
        "the poll has no right choice; explain exactly one choice with 'right: …'")
    }
    if right.count > 1, let second = right[1].verdict {
      problem(
        second.line, second.column,
        "the poll has \(right.count) right choices; exactly one may say 'right:'")
    }
  }

  /// `right: why` or `wrong: why`.
  private static func verdict(_ text: String) -> (word: String, isRight: Bool, rest: String)? {
    for (word, isRight) in [("right", true), ("wrong", false)] {
      if text.hasPrefix(word + ":") {
        return (word, isRight, text.dropFirst(word.count + 1).trimmed)
      }
    }
    return nil
  }

  /// `3. text` → ("3", "text").
  private static func numberedChoice(_ text: String) -> (String, String)? {
    let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
    guard !digits.isEmpty else { return nil }
    let rest = text.dropFirst(digits.count)
    guard rest.first == "." else { return nil }
    let afterDot = rest.dropFirst()
    guard afterDot.isEmpty || afterDot.first?.isWhitespace == true else { return nil }
    return (String(digits), afterDot.trimmed)
  }
}

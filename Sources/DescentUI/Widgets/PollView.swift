import DescentEngine

/// A poll on screen: the question, the numbered choices, and, once the student has pressed
/// a number, whether that choice is right and the lesson's explanation of it.
///
/// The student may answer again after reading an explanation; the first answer is the one
/// that counts for the lesson's score (`StudentProgress.answer`), and the screen says so.
public struct PollView: View, KeyClaiming {
  public let poll: Poll
  /// The choice made most recently (1-based), shown with its explanation.
  public private(set) var choice: Int?
  /// The first choice ever made, which the score counts.
  public private(set) var firstChoice: Int?

  /// - Parameter answer: an earlier answer to this poll, to show again.
  public init(poll: Poll, answer: PollAnswer? = nil) {
    self.poll = poll
    self.choice = answer?.lastChoice
    self.firstChoice = answer?.choice
  }

  /// Records the choice `number` (1-based). Returns false, changing nothing, when the poll
  /// has no such choice.
  @discardableResult
  public mutating func choose(_ number: Int) -> Bool {
    guard poll.choices.indices.contains(number - 1) else { return false }
    choice = number
    if firstChoice == nil { firstChoice = number }
    return true
  }

  /// The number a key stands for, `1`–`9`, or nil.
  public static func number(of key: Key) -> Int? {
    guard case .character(let character) = key, let digit = character.wholeNumberValue,
      (1...9).contains(digit), character.isASCII
    else { return nil }
    return digit
  }

  /// The poll takes `1`–`9`, the keys of its choices.
  public func claims(_ key: Key) -> Bool {
    Self.number(of: key).map { $0 <= poll.choices.count } ?? false
  }

  public mutating func update(_ event: Event) -> ViewResponse {
    if case .key(let key) = event, let number = Self.number(of: key) { choose(number) }
    return .continue
  }

  /// `1–4`: the keys that answer.
  func answerKeys(_ glyphs: Glyphs) -> String {
    "1" + (glyphs.isUnicode ? "–" : "-") + "\(poll.choices.count)"
  }

  public var keyHints: [KeyHint] { [KeyHint("1-\(poll.choices.count)", "answer")] }
  public var helpEntries: [KeyHint] { keyHints }
  public var minimumSize: Size { Size(rows: poll.choices.count + 6, columns: 40) }
  public var frameInterval: Duration? { nil }
  public var capturesText: Bool { false }

  public func render(on canvas: Canvas) {
    let text = LessonTextStyle(glyphs: canvas.glyphs)
    var lines: [(String, Style)] = []
    for line in wrapText(text.shown(poll.question), width: canvas.columns) {
      lines.append((line, .strong))
    }
    lines.append(("", .plain))
    for (index, option) in poll.choices.enumerated() {
      let number = index + 1
      let marker = number == choice ? "> " : "  "
      let style: Style = number == choice ? (option.isRight ? .good : .bad) : .plain
      let wrapped = wrapText(text.shown(option.text), width: max(canvas.columns - 5, 1))
      for (row, part) in wrapped.enumerated() {
        lines.append(((row == 0 ? "\(marker)\(number)  " : "     ") + part, style))
      }
    }
    lines.append(("", .plain))
    lines += feedback(text: text, width: canvas.columns)
    for (row, line) in lines.prefix(canvas.rows).enumerated() {
      canvas.put(line.0, row: row, column: 0, style: line.1)
    }
  }

  /// What the student reads under the choices: how to answer, or the verdict on the choice
  /// made and its explanation.
  private func feedback(text: LessonTextStyle, width: Int) -> [(String, Style)] {
    let keys = answerKeys(text.glyphs)
    guard let choice, poll.choices.indices.contains(choice - 1) else {
      return [("Press \(keys) to answer.", .faint)]
    }
    let option = poll.choices[choice - 1]
    let verdict = option.isRight ? "Right. " : "Wrong. "
    // The explanation starts a sentence after "Right." or "Wrong.": `with y = 0 …` is
    // shown as `With y = 0 …`.
    let explanation = text.shown(option.explanation)
    let sentence = explanation.prefix(1).uppercased() + explanation.dropFirst()
    var lines = wrapText(verdict + sentence, width: width).enumerated()
      .map { ($0.element, $0.offset == 0 ? (option.isRight ? Style.good : .bad) : .plain) }
    if !option.isRight {
      lines.append(("Try another answer with \(keys).", .faint))
    }
    if let firstChoice, firstChoice != choice {
      let first = poll.isRight(firstChoice) ? "right" : "wrong"
      lines.append(("Your first answer, \(firstChoice), counts for the score (\(first)).", .faint))
    }
    return lines
  }
}

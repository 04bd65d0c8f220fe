import Foundation

extension ReplStatementParser {
  /// The most steps one `train` runs, so that a slip of the finger cannot hang the session.
  public static let maximumSteps = 1_000_000

  /// `nudge J`, `nudge J a`, `nudge J a 0.01`: a formula, an optional input, an optional ε.
  static func nudge(_ arguments: [ReplWord], endColumn: Int) throws(ReplError) -> ReplStatement {
    guard let formula = arguments.first else {
      throw ReplError(
        column: endColumn + 1, "nudge needs a formula's name, as in: nudge J a 0.001")
    }
    try atMostWords(3, arguments, for: "nudge")
    var input: ReplWord?
    var epsilon: Double?
    for word in arguments.dropFirst() {
      if let first = word.text.first, ReplNames.startsName(first), input == nil, epsilon == nil {
        input = word
      } else if epsilon == nil {
        epsilon = try positiveNumber(word, naming: "the nudge ε")
      } else {
        throw ReplError(column: word.column, "nudge takes the name of one input, then one ε")
      }
    }
    return .nudge(formula: formula, input: input, epsilon: epsilon)
  }

  /// `digits D`, `breast-cancer`, or a CSV file's path; `--no-scale` after the last two.
  static func data(_ arguments: [ReplWord], endColumn: Int) throws(ReplError) -> DatasetSource {
    guard let which = arguments.first else {
      throw ReplError(
        column: endColumn + 1,
        "data needs a data set: digits D (D from 0 to 9), breast-cancer, or a CSV file's path")
    }
    var rest = Array(arguments.dropFirst())
    var scaled = true
    if let last = rest.last, last.text == "--no-scale", which.text != "digits" {
      scaled = false
      rest.removeLast()
    }

    switch which.text {
    case "digits":
      guard let word = rest.first else { return .digits(target: 3) }
      try atMostWords(2, arguments, for: "data digits")
      guard let target = Int(word.text), (0...9).contains(target) else {
        throw ReplError(
          column: word.column, "the digit to detect must be 0 to 9, not '\(word.text)'")
      }
      return .digits(target: target)
    case "breast-cancer":
      if let extra = rest.first {
        throw ReplError(
          column: extra.column, "data breast-cancer takes only --no-scale after it")
      }
      return .breastCancer(scaled: scaled)
    default:
      if let extra = rest.first {
        throw ReplError(
          column: extra.column,
          "data PATH takes only --no-scale after it (a path with spaces is not supported)")
      }
      return .csv(path: which.text, scaled: scaled)
    }
  }

  /// A learning rate: a positive, finite number.
  static func learningRate(_ word: ReplWord) throws(ReplError) -> Double {
    do {
      return try LearningRate.parse(word.text)
    } catch {
      throw ReplError(column: word.column, error.description)
    }
  }

  /// A whole number of steps from 1 to `maximumSteps`.
  static func stepCount(_ word: ReplWord) throws(ReplError) -> Int {
    let digits = word.text.drop { $0 == "+" }
    if Int(word.text) == nil, !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) {
      throw ReplError(
        column: word.column,
        "'\(word.text)' is too large: at most \(maximumSteps) steps at a time")
    }
    guard let count = Int(word.text), count >= 1 else {
      throw ReplError(
        column: word.column,
        "the number of steps must be a whole number 1 or more, not '\(word.text)'")
    }
    guard count <= maximumSteps else {
      throw ReplError(
        column: word.column,
        "at most \(maximumSteps) steps at a time; run train again to go on")
    }
    return count
  }

  static func positiveNumber(_ word: ReplWord, naming what: String) throws(ReplError) -> Double {
    guard let value = Double(word.text), value.isFinite else {
      throw ReplError(column: word.column, "\(what) must be a number, not '\(word.text)'")
    }
    guard value > 0 else {
      throw ReplError(column: word.column, "\(what) must be more than 0, not \(word.text)")
    }
    return value
  }

  static func atMostWords(
    _ count: Int, _ arguments: [ReplWord], for keyword: String
  ) throws(ReplError) {
    guard arguments.count > count else { return }
    let extra = arguments[count]
    throw ReplError(
      column: extra.column,
      "\(keyword) takes at most \(count) words; '\(extra.text)' is one too many")
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

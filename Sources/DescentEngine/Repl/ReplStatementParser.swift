/// Turns one line into a `ReplStatement`, or an error with the column to blame.
///
/// The grammar, tried in this order:
/// - blank, or starting with `#`: nothing;
/// - `NAME = EXPRESSION` (a name, then `=` that is not `==`): an assignment;
/// - a command word (`grad`, `train`, …) then its arguments, separated by spaces;
/// - anything else: an expression to evaluate.
///
/// The expression itself is parsed later, by the formula parser, against the whole line, so
/// its columns are the line's columns.
public enum ReplStatementParser {
  /// The command words. None of them can be used as a variable's or a formula's name.
  public static let commands: [String] = [
    "grad", "graph", "nudge", "data", "alpha", "train", "cost", "accuracy", "reset", "vars",
    "help", "quit", "exit",
  ]

  public static func parse(_ line: String) throws(ReplError) -> ReplStatement {
    let text = line.hasSuffix("\r") ? String(line.dropLast()) : line
    let words = ReplWord.split(Substring(text))
    guard let first = words.first, !first.text.hasPrefix("#") else { return .nothing }

    // `help =` asks about assignments; every other `NAME = …` is one.
    if let (name, expression) = assignment(in: text),
      !(commands.contains(name.text) && expression.text.allSatisfy(\.isWhitespace))
    {
      return .assign(name: name, expression: expression)
    }
    let keyword = first.text == "α" ? "alpha" : first.text
    guard commands.contains(keyword) else {
      return .evaluate(ReplWord(text, column: 1))
    }
    let end = first.column + first.text.count
    return try command(keyword, arguments: Array(words.dropFirst()), endColumn: end)
  }

  /// `NAME = REST` when the line starts with a name followed by a single `=`.
  static func assignment(in text: String) -> (ReplWord, ReplWord)? {
    let characters = Array(text)
    var index = 0
    while index < characters.count, characters[index] == " " || characters[index] == "\t" {
      index += 1
    }
    let nameStart = index
    guard index < characters.count, ReplNames.startsName(characters[index]) else { return nil }
    while index < characters.count, ReplNames.continuesName(characters[index]) { index += 1 }
    let nameEnd = index
    while index < characters.count, characters[index] == " " || characters[index] == "\t" {
      index += 1
    }
    guard index < characters.count, characters[index] == "=" else { return nil }
    if index + 1 < characters.count, characters[index + 1] == "=" { return nil }

    let name = ReplWord(String(characters[nameStart..<nameEnd]), column: nameStart + 1)
    var start = index + 1
    while start < characters.count, characters[start] == " " || characters[start] == "\t" {
      start += 1
    }
    return (name, ReplWord(String(characters[start...]), column: start + 1))
  }

  private static func command(
    _ keyword: String, arguments: [ReplWord], endColumn: Int
  ) throws(ReplError) -> ReplStatement {
    switch keyword {
    case "grad", "graph":
      let name = try exactlyOne(arguments, for: keyword, at: endColumn)
      return keyword == "grad" ? .grad(name) : .graph(name)
    case "nudge":
      return try nudge(arguments, endColumn: endColumn)
    case "data":
      let choice = try data(arguments, endColumn: endColumn)
      return .data(choice, column: arguments.first?.column ?? endColumn)
    case "alpha":
      try atMost(1, arguments, for: keyword)
      guard let word = arguments.first else { return .alpha(nil) }
      return .alpha(try learningRate(word))
    case "train":
      try atMost(1, arguments, for: keyword)
      guard let word = arguments.first else {
        throw ReplError(
          column: endColumn + 1, "train needs a number of steps, as in: train 500")
      }
      return .train(try stepCount(word))
    case "help":
      try atMost(1, arguments, for: keyword)
      return .help(arguments.first)
    default:
      try atMost(0, arguments, for: keyword)
      switch keyword {
      case "cost": return .cost
      case "accuracy": return .accuracy
      case "reset": return .reset
      case "vars": return .vars
      default: return .quit
      }
    }
  }

  private static func exactlyOne(
    _ arguments: [ReplWord], for keyword: String, at endColumn: Int
  ) throws(ReplError) -> ReplWord {
    guard let name = arguments.first else {
      throw ReplError(
        column: endColumn + 1, "\(keyword) needs a formula's name, as in: \(keyword) J")
    }
    try atMost(1, arguments, for: keyword)
    return name
  }

  private static func atMost(
    _ count: Int, _ arguments: [ReplWord], for keyword: String
  ) throws(ReplError) {
    guard arguments.count > count else { return }
    let extra = arguments[count]
    let takes =
      switch count {
      case 0: "takes nothing after it"
      case 1: "takes one word after it"
      default: "takes at most \(count) words after it"
      }
    throw ReplError(column: extra.column, "\(keyword) \(takes); '\(extra.text)' is one too many")
  }
}

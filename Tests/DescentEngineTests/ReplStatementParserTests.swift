import DescentEngine
import Testing

@Suite("REPL statements")
struct ReplStatementParserTests {
  static let accepted: [(String, ReplStatement)] = [
    ("", .nothing),
    ("   ", .nothing),
    ("# a comment", .nothing),
    ("a = 5", .assign(name: ReplWord("a", column: 1), expression: ReplWord("5", column: 5))),
    ("  w1=b*c", .assign(name: ReplWord("w1", column: 3), expression: ReplWord("b*c", column: 6))),
    (
      "J = 3*(a + b*c)",
      .assign(
        name: ReplWord("J", column: 1), expression: ReplWord("3*(a + b*c)", column: 5))
    ),
    ("a + 1", .evaluate(ReplWord("a + 1", column: 1))),
    ("a == 1", .evaluate(ReplWord("a == 1", column: 1))),
    ("costs", .evaluate(ReplWord("costs", column: 1))),
    ("grad J", .grad(ReplWord("J", column: 6))),
    ("graph  J", .graph(ReplWord("J", column: 8))),
    ("nudge J", .nudge(formula: ReplWord("J", column: 7), input: nil, epsilon: nil)),
    (
      "nudge J a",
      .nudge(
        formula: ReplWord("J", column: 7), input: ReplWord("a", column: 9), epsilon: nil)
    ),
    (
      "nudge J a 0.01",
      .nudge(
        formula: ReplWord("J", column: 7), input: ReplWord("a", column: 9), epsilon: 0.01)
    ),
    ("nudge J 1e-4", .nudge(formula: ReplWord("J", column: 7), input: nil, epsilon: 0.0001)),
    ("data digits 7", .data(.digits(target: 7), column: 6)),
    ("data digits", .data(.digits(target: 3), column: 6)),
    ("data breast-cancer", .data(.breastCancer(scaled: true), column: 6)),
    ("data breast-cancer --no-scale", .data(.breastCancer(scaled: false), column: 6)),
    ("data my/file.csv", .data(.csv(path: "my/file.csv", scaled: true), column: 6)),
    ("data f.csv --no-scale", .data(.csv(path: "f.csv", scaled: false), column: 6)),
    ("alpha", .alpha(nil)),
    ("alpha 0.05", .alpha(0.05)),
    ("α 2", .alpha(2)),
    ("train 500", .train(500)),
    ("cost", .cost),
    ("accuracy", .accuracy),
    ("reset", .reset),
    ("vars", .vars),
    ("help", .help(nil)),
    ("help train", .help(ReplWord("train", column: 6))),
    ("help =", .help(ReplWord("=", column: 6))),
    ("quit", .quit),
    ("exit", .quit),
    ("quit\r", .quit),
  ]

  @Test("reads each kind of statement", arguments: accepted)
  func reads(line: String, statement: ReplStatement) throws {
    #expect(try ReplStatementParser.parse(line) == statement)
  }

  static let refused: [(String, Int, String)] = [
    ("grad", 6, "grad needs a formula's name"),
    ("grad J K", 8, "'K' is one too many"),
    ("nudge J a -0.1", 11, "must be more than 0"),
    ("nudge J a b", 11, "must be a number"),
    ("data", 6, "data needs a data set"),
    ("data digits 10", 13, "must be 0 to 9"),
    ("data breast-cancer x", 20, "takes only --no-scale"),
    ("alpha 0", 7, "α must be positive"),
    ("alpha x", 7, "'x' is not a number"),
    ("alpha inf", 7, "finite"),
    ("train", 7, "train needs a number of steps"),
    ("train -3", 7, "whole number 1 or more"),
    ("train 2.5", 7, "whole number 1 or more"),
    ("train 99999999", 7, "at most"),
    ("cost now", 6, "takes nothing after it"),
  ]

  @Test("refuses a bad statement at the right column", arguments: refused)
  func refuses(line: String, column: Int, message: String) {
    #expect(throws: ReplError.self) { try ReplStatementParser.parse(line) }
    do {
      _ = try ReplStatementParser.parse(line)
    } catch {
      #expect(error.column == column)
      #expect(error.message.contains(message), "\(error.message)")
    }
  }

  @Test("an error report names the source, line and column, with a caret under the spot")
  func report() {
    let error = ReplError(column: 5, "something is wrong")
    #expect(
      error.report(source: "<stdin>", line: 3, text: "J = ?")
        == "<stdin>:3:5: something is wrong\nJ = ?\n    ^")
  }
}

import Testing

@testable import DescentEngine

@Suite("formula errors")
struct FormulaErrorTests {
  struct Case: Sendable, CustomStringConvertible {
    var text: String
    var column: Int
    var kind: FormulaError.Kind
    var message: String
    var description: String { text }
  }

  static let cases: [Case] = [
    Case(text: "", column: 1, kind: .empty, message: "the formula is empty"),
    Case(text: "   ", column: 1, kind: .empty, message: "the formula is empty"),
    Case(
      text: "J = 3*(a + b", column: 7, kind: .unclosedParenthesis,
      message: "unbalanced parenthesis: this '(' is never closed"),
    Case(
      text: "((a)", column: 1, kind: .unclosedParenthesis,
      message: "unbalanced parenthesis: this '(' is never closed"),
    Case(
      text: "a + b)", column: 6, kind: .unmatchedParenthesis,
      message: "unbalanced parenthesis: this ')' has no '(' before it"),
    Case(
      text: "a b", column: 3, kind: .trailingToken("name 'b'"),
      message: "unexpected name 'b' after a complete formula (is an operator missing?)"),
    Case(
      text: "2a", column: 2, kind: .trailingToken("name 'a'"),
      message: "unexpected name 'a' after a complete formula (is an operator missing?)"),
    Case(
      text: "J = a = b", column: 7, kind: .trailingToken("'='"),
      message: "unexpected '=' after a complete formula (is an operator missing?)"),
    Case(
      text: "a + * b", column: 5,
      kind: .unexpectedToken(found: "'*'", expected: "a number, a name or '('"),
      message: "expected a number, a name or '(', found '*'"),
    Case(
      text: "J = ", column: 5,
      kind: .unexpectedToken(found: "the end of the formula", expected: "a number, a name or '('"),
      message: "expected a number, a name or '(', found the end of the formula"),
    Case(
      text: "a*()", column: 4,
      kind: .unexpectedToken(found: "')'", expected: "a number, a name or '('"),
      message: "expected a number, a name or '(', found ')'"),
    Case(
      text: "exp(a b)", column: 7,
      kind: .unexpectedToken(found: "name 'b'", expected: "an operator or ')'"),
      message: "expected an operator or ')', found name 'b'"),
    Case(
      text: "foo(x)", column: 1, kind: .unknownFunction("foo"),
      message:
        "unknown function 'foo'; the functions are exp, log, sqrt, sin, cos, tanh, sigmoid (or σ)"
    ),
    Case(
      text: "J = 2*ln(x)", column: 7, kind: .unknownFunction("ln"),
      message:
        "unknown function 'ln'; the functions are exp, log, sqrt, sin, cos, tanh, sigmoid (or σ)"
    ),
    Case(
      text: "exp + 1", column: 1, kind: .functionWithoutArgument("exp"),
      message: "'exp' is a function: write exp(…)"),
    Case(
      text: "a + 3 % 2", column: 7, kind: .unexpectedCharacter("%"),
      message: "unexpected character '%'"),
    Case(
      text: "a, b", column: 2, kind: .unexpectedCharacter(","),
      message: "unexpected character ','"),
    Case(
      text: "a² + b", column: 2, kind: .unexpectedCharacter("²"),
      message: "unexpected character '²'; write powers with ^, as in a^2"),
    Case(
      text: "a(b + c)", column: 1, kind: .unknownFunction("a"),
      message:
        "unknown function 'a'; the functions are exp, log, sqrt, sin, cos, tanh, sigmoid (or σ)"),
    Case(
      text: "a +\nb", column: 4, kind: .unexpectedCharacter("\n"),
      message: "a formula is one line: unexpected line break"),
    Case(text: "1 + .", column: 5, kind: .badNumber("."), message: "'.' is not a number"),
    Case(
      text: "1e999 * a", column: 1, kind: .badNumber("1e999"),
      message: "'1e999' is too large to represent; the largest number is about 1.8e308"),
    Case(
      text: "a = a + 1", column: 5, kind: .outputIsInput("a"),
      message: "the output 'a' is also used as an input"),
    Case(
      text: "log = a", column: 1, kind: .outputIsFunction("log"),
      message: "'log' is a function and cannot name the output"),
  ]

  @Test("each bad formula gets its message and column", arguments: cases)
  func badFormula(_ example: Case) {
    let error = #expect(throws: FormulaError.self) { try Formula.parse(example.text) }
    #expect(error?.kind == example.kind)
    #expect(error?.column == example.column)
    #expect(error?.message == example.message)
    #expect(error?.description == "column \(example.column): \(example.message)")
  }
}

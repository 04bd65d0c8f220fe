import Testing

@testable import DescentEngine

@Suite("parsing formulas")
struct FormulaParsingTests {
  @Test("a named formula has its output and its inputs in order of first appearance")
  func namedOutput() throws {
    let formula = try Formula.parse("J = 3*(a + b*c)")
    #expect(formula.output == "J")
    #expect(formula.namesOutput)
    #expect(formula.inputs == ["a", "b", "c"])
    #expect(try formula.evaluate(["a": 5, "b": 3, "c": 2]) == 33)
  }

  @Test("without NAME = the output is called f")
  func unnamedOutput() throws {
    let formula = try Formula.parse("c*b + a*c")
    #expect(formula.output == "f")
    #expect(!formula.namesOutput)
    #expect(formula.inputs == ["c", "b", "a"])
    #expect(formula.equation == "f = c*b + a*c")
  }

  @Test(
    "operators, precedence and functions evaluate as written",
    arguments: [
      ("2 + 3*4", 14.0),
      ("(2 + 3)*4", 20),
      ("2^3^2", 512),  // right-associative: 2^(3^2)
      ("-2^2", -4),  // ^ binds tighter than unary minus
      ("(-2)^2", 4),
      ("2^-1", 0.5),
      ("2^-1^2", 0.5),  // 2^(-(1^2))
      ("--3", 3),
      ("10 - 4 - 3", 3),  // left-associative
      ("12 / 3 / 2", 2),
      ("1e-3 * 1000", 1),
      ("0.5 + .5", 1),
      ("2E2", 200),
      ("exp(0) + log(1)", 1),
      ("sqrt(16)", 4),
      ("sin(0) + cos(0)", 1),
      ("tanh(0)", 0),
      ("sigmoid(0)", 0.5),
      ("σ(0)", 0.5),
      ("3 − 1", 2),  // the minus sign U+2212
      ("2·3 × 4", 24),
      ("-3*-2", 6),
    ])
  func evaluates(text: String, expected: Double) throws {
    #expect(try Formula.parse(text).evaluate([:]) == expected)
  }

  @Test("names may use digits, underscores, Greek and accented letters and subscript digits")
  func names() throws {
    let formula = try Formula.parse("z = w₁*x₁ + w_2*x2 + α*β + ŷ + _b")
    #expect(formula.inputs == ["w₁", "x₁", "w_2", "x2", "α", "β", "ŷ", "_b"])
  }

  @Test("a missing input at evaluation is named with its column")
  func unknownVariable() throws {
    let formula = try Formula.parse("J = a + b*c")
    let error = #expect(throws: FormulaError.self) { try formula.evaluate(["a": 1, "b": 2]) }
    #expect(error?.kind == .unknownVariable("c"))
    #expect(error?.column == 11)
    #expect(error?.message == "no value for 'c'")
  }

  @Test("the caret rendering points at the column, under the formula")
  func caretRendering() throws {
    let error = #expect(throws: FormulaError.self) { try Formula.parse("J = foo(x)") }
    let lines = try #require(error).caretRendering.split(
      separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3)
    #expect(lines[0].hasPrefix("column 5: unknown function 'foo'"))
    #expect(lines[1] == "  J = foo(x)")
    #expect(lines[2] == "      ^")
  }

  @Test("the caret counts characters, not bytes, and keeps tabs")
  func caretWithGreekAndTabs() throws {
    let error = #expect(throws: FormulaError.self) { try Formula.parse("σ(α)\t+ #") }
    #expect(error?.column == 8)
    let lines = try #require(error).caretRendering.split(separator: "\n")
    #expect(lines[2] == "      \t  ^")
  }
}

import DescentEngine
import Foundation
import Testing

/// One broken lesson and the error it must give.
struct BrokenLesson: CustomTestStringConvertible, Sendable {
  var mistake: String
  var text: String
  var line: Int
  var column: Int
  var message: String

  var testDescription: String { mistake }
}

@Suite("lint: each kind of mistake gets its message, line and column")
struct LessonLintTests {
  static let cases: [BrokenLesson] = [
    BrokenLesson(
      mistake: "empty file", text: "\n\n", line: 1, column: 1,
      message: "the lesson is empty; it begins with a title line such as '# Images as vectors'"),
    BrokenLesson(
      mistake: "missing title", text: "Hello.\n", line: 1, column: 1,
      message: "the lesson has no title; its first line should be '# Title'"),
    BrokenLesson(
      mistake: "empty title", text: "#\nHello.\n", line: 1, column: 1,
      message: "the title line '#' has no title after it"),
    BrokenLesson(
      mistake: "title only", text: "# Title\n", line: 1, column: 1,
      message: "the lesson has a title but no steps"),
    BrokenLesson(
      mistake: "empty step", text: "# T\nOne.\n---\n---\nThree.\n", line: 3, column: 1,
      message: "step 2 is empty; write prose or a widget between the '---' lines"),
    BrokenLesson(
      mistake: "block never closed", text: "# T\n::: graph\nformula: a\nvalues: a = 1\n",
      line: 2, column: 1,
      message: "'::: graph' is never closed; end the block with a line ':::'"),
    BrokenLesson(
      mistake: "block cut by a step line", text: "# T\n::: graph\n---\nNext.\n",
      line: 2, column: 1,
      message: "'::: graph' is not closed before the '---' on line 3; "
        + "end the block with a line ':::'"),
    BrokenLesson(
      mistake: "a closing line with no block", text: "# T\nHi.\n:::\n", line: 3, column: 1,
      message: "':::' closes nothing: no block is open"),
    BrokenLesson(
      mistake: "two widgets in a step",
      text: "# T\n::: image\nrow: 1\n:::\n::: image\nrow: 2\n:::\n", line: 5, column: 1,
      message:
        "a step holds at most one widget; start a new step with a line '---' before this one"),
    BrokenLesson(
      mistake: "prose after a widget", text: "# T\n::: image\nrow: 1\n:::\n\nAfter.\n",
      line: 6, column: 1,
      message: "prose after the widget: move it above the widget, or into a new step after '---'"),
    BrokenLesson(
      mistake: "unknown widget", text: "# T\n:::  slider\nx: 1\n:::\n", line: 2, column: 6,
      message: "unknown widget 'slider'; widgets are nudge, graph, bowl, playground, image, poll"),
    BrokenLesson(
      mistake: "unknown parameter",
      text: "# T\n::: nudge\nformula: a^2\ninput: a\nstart: 2\neps: 0.1\n:::\n",
      line: 6, column: 1,
      message: "unknown parameter 'eps' for 'nudge'; it takes formula, input, start, epsilon, "
        + "values"),
    BrokenLesson(
      mistake: "parameter given twice",
      text: "# T\n::: image\nrow: 1\nrow: 2\n:::\n", line: 4, column: 1,
      message: "'row' is given twice (first on line 3)"),
    BrokenLesson(
      mistake: "not a parameter line", text: "# T\n::: image\nrow: 1\nshow digit\n:::\n",
      line: 4, column: 1,
      message: "expected 'name: value' in the 'image' widget"),
    BrokenLesson(
      mistake: "missing parameter", text: "# T\n::: graph\nformula: J = a*b\n:::\n",
      line: 2, column: 5,
      message: "the 'graph' widget needs 'values: …' (for example 'values: a = 5, b = 3, c = 2')"),
    BrokenLesson(
      mistake: "parameter without a value", text: "# T\n::: image\nrow:\n:::\n",
      line: 3, column: 5, message: "'row' has no value"),
    BrokenLesson(
      mistake: "formula that does not parse",
      text: "# T\n::: graph\nformula: J = 3*(a + b\nvalues: a = 1, b = 2\n:::\n",
      line: 3, column: 16,
      message: "the formula does not parse: unbalanced parenthesis: this '(' is never closed"),
    BrokenLesson(
      mistake: "formula with an unknown function",
      text: "# T\n::: nudge\nformula:   f = sqr(a)\ninput: a\nstart: 2\n:::\n",
      line: 3, column: 16,
      message: "the formula does not parse: unknown function 'sqr'; the functions are "
        + "exp, log, sqrt, sin, cos, tanh, sigmoid (or σ)"),
    BrokenLesson(
      mistake: "nudged input the formula does not use",
      text: "# T\n::: nudge\nformula: f = 3*a\ninput: x\nstart: 2\n:::\n",
      line: 4, column: 8, message: "'x' is not an input of the formula; its inputs are a"),
    BrokenLesson(
      mistake: "formula input without a value",
      text: "# T\n::: graph\nformula: J = 3*(a + b*c)\nvalues: a = 5, b = 3\n:::\n",
      line: 3, column: 23,
      message: "the formula's input 'c' has no value; give it one in 'values: c = …'"),
    BrokenLesson(
      mistake: "value for a name the formula does not use",
      text: "# T\n::: graph\nformula: J = a*b\nvalues: a = 5, b = 3, d = 1\n:::\n",
      line: 4, column: 23, message: "'d' is not an input of the formula; its inputs are a, b"),
    BrokenLesson(
      mistake: "bowl cost that is not a function of w",
      text: "# T\n::: bowl\nformula: J = (x - 3)^2\nstart: 0\nalpha: 0.1\n:::\n",
      line: 3, column: 10,
      message: "the bowl's cost is a formula in w alone, such as 'J = (w - 3)^2'; this one uses x"),
    BrokenLesson(
      mistake: "a value that is not a number",
      text: "# T\n::: nudge\nformula: a^2\ninput: a\nstart:  two\n:::\n",
      line: 5, column: 9, message: "'start' must be a number, not 'two'"),
    BrokenLesson(
      mistake: "α that is not positive",
      text: "# T\n::: bowl\ncentre: 3\nstart: 0\nalpha: -0.5\n:::\n",
      line: 5, column: 8, message: "α must be a positive number, not '-0.5'"),
    BrokenLesson(
      mistake: "ε that is zero",
      text: "# T\n::: nudge\nformula: a^2\ninput: a\nstart: 2\nepsilon: 0\n:::\n",
      line: 6, column: 10, message: "ε must be a positive number, not '0'"),
    BrokenLesson(
      mistake: "badly written values",
      text: "# T\n::: graph\nformula: J = a\nvalues: a = 1, b: 2\n:::\n",
      line: 4, column: 16, message: "expected 'name = number' in 'values', not 'b: 2'"),
    BrokenLesson(
      mistake: "input that is not a name",
      text: "# T\n::: nudge\nformula: a^2\ninput: 2a\nstart: 2\n:::\n",
      line: 4, column: 8,
      message: "'2a' is not an input name (a letter, then letters, digits or _)"),
    BrokenLesson(
      mistake: "data set that does not exist",
      text: "# T\n::: playground\ndataset: data/cats.csv\nalpha: 0.1\n:::\n",
      line: 3, column: 10,
      message: "no data set 'data/cats.csv': name 'digits', 'breast-cancer' or a CSV file "
        + "in the lessons folder"),
    BrokenLesson(
      mistake: "digits without a target",
      text: "# T\n::: playground\ndataset: digits\nalpha: 0.1\n:::\n", line: 2, column: 5,
      message: "the 'playground' widget needs 'target: …' (for example 'target: 3')"),
    BrokenLesson(
      mistake: "target that is not a digit",
      text: "# T\n::: playground\ndataset: digits\ntarget: 12\nalpha: 0.1\n:::\n",
      line: 4, column: 9, message: "'target' must be a digit from 0 to 9, not '12'"),
    BrokenLesson(
      mistake: "target with another data set",
      text: "# T\n::: playground\ndataset: breast-cancer\ntarget: 1\nalpha: 0.1\n:::\n",
      line: 4, column: 1, message: "'target' picks a digit; it applies only to 'digits'"),
    BrokenLesson(
      mistake: "row past the end of the data",
      text: "# T\n::: image\nrow: 1798\n:::\n", line: 3, column: 6,
      message: "row 1798 is past the end: 'digits' has 1797 rows"),
    BrokenLesson(
      mistake: "bowl with both kinds of cost",
      text: "# T\n::: bowl\nformula: J = w^2\ncentre: 0\nstart: 1\nalpha: 0.1\n:::\n",
      line: 4, column: 1,
      message: "give the bowl either 'formula' or 'centre' (with 'curvature'), not both"),
    BrokenLesson(
      mistake: "poll without a question",
      text: "# T\n::: poll\n1. a\n   right: yes\n2. b\n   wrong: no\n:::\n", line: 2, column: 5,
      message: "the poll has no question; add 'question: …'"),
    BrokenLesson(
      mistake: "poll with one choice",
      text: "# T\n::: poll\nquestion: Q?\n1. a\n   right: yes\n:::\n", line: 2, column: 5,
      message: "a poll needs at least two choices, numbered '1. …', '2. …'"),
    BrokenLesson(
      mistake: "poll without a right answer",
      text: "# T\n::: poll\nquestion: Q?\n1. a\n   wrong: no\n2. b\n   wrong: no\n:::\n",
      line: 2, column: 5,
      message: "the poll has no right choice; explain exactly one choice with 'right: …'"),
    BrokenLesson(
      mistake: "poll with two right answers",
      text: "# T\n::: poll\nquestion: Q?\n1. a\n   right: yes\n2. b\n   right: yes\n:::\n",
      line: 7, column: 4,
      message: "the poll has 2 right choices; exactly one may say 'right:'"),
    BrokenLesson(
      mistake: "poll choice without an explanation",
      text: "# T\n::: poll\nquestion: Q?\n1. a\n   right: yes\n2. b\n:::\n", line: 6, column: 1,
      message: "choice 2 has no explanation; add an indented line 'wrong: why' "
        + "(or 'right: why') under it"),
    BrokenLesson(
      mistake: "poll explanation left empty",
      text: "# T\n::: poll\nquestion: Q?\n1. a\n   right: yes\n2. b\n   wrong:\n:::\n",
      line: 7, column: 4, message: "choice 2's explanation is empty"),
    BrokenLesson(
      mistake: "poll choices misnumbered",
      text: "# T\n::: poll\nquestion: Q?\n1. a\n   right: yes\n3. b\n   wrong: no\n:::\n",
      line: 6, column: 1, message: "choice numbered 3 where 2 was expected"),
    BrokenLesson(
      mistake: "poll line of no known kind",
      text: "# T\n::: poll\nquestion: Q?\n1. a\n   right: yes\n2. b\n   wrong: no\nhint: x\n:::\n",
      line: 8, column: 1,
      message: "expected 'question: …', a numbered choice '1. …', or an indented 'right: …' or "
        + "'wrong: …' under a choice"),
  ]

  @Test(arguments: cases)
  func reportsMistake(_ broken: BrokenLesson) throws {
    let result = LessonFixture.parse(broken.text)
    #expect(result.lesson == nil)
    let errors = result.diagnostics.filter(\.isError)
    let first = try #require(errors.first)
    #expect(errors.count == 1, "\(errors)")
    #expect(first.message == broken.message)
    #expect(first.line == broken.line)
    #expect(first.column == broken.column)
    #expect(first.description == "test.lesson:\(broken.line):\(broken.column): \(broken.message)")
  }

  @Test("reports every error of a lesson, not only the first")
  func reportsAll() {
    let text = """
      # T
      ::: nudge
      formula: a^2
      input: a
      start: x
      epsilon: -1
      :::
      ---
      ::: poll
      question: Q?
      1. a
         wrong: no
      2. b
      :::
      """
    let result = LessonFixture.parse(text)
    #expect(
      result.diagnostics.map(\.description) == [
        "test.lesson:5:8: 'start' must be a number, not 'x'",
        "test.lesson:6:10: ε must be a positive number, not '-1'",
        "test.lesson:13:1: choice 2 has no explanation; add an indented line 'wrong: why' "
          + "(or 'right: why') under it",
      ])
  }
}

@Suite("lint: warnings that do not keep a lesson out")
struct LessonWarningTests {
  @Test(
    "a widget that opens where its formula has no finite value is warned about",
    arguments: [
      ("::: nudge\nformula: f = log(a)\ninput: a\nstart: 0\n:::", 3, 10, "a = 0"),
      ("::: graph\nformula: J = b/a\nvalues: a = 0, b = 1\n:::", 3, 10, "a = 0, b = 1"),
      ("::: bowl\nformula: J = sqrt(w)\nstart: -1\nalpha: 0.1\n:::", 3, 10, "w = -1"),
    ])
  func undefinedStart(block: String, line: Int, column: Int, place: String) throws {
    let result = LessonFixture.parse("# T\n\(block)\n")
    #expect(result.lesson != nil)
    #expect(
      result.diagnostics.map(\.description) == [
        "test.lesson:\(line):\(column): warning: the formula has no finite value at \(place)"
      ])
  }
}

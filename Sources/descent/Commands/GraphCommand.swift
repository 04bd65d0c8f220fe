import DescentEngine

extension Command {
  static let graph = Command(
    name: "graph",
    summary: "show a formula's computation graph: forward values, then the chain rule backward",
    help: """
      Usage: descent graph FORMULA NAME=VALUE...

      Breaks FORMULA into named steps (u, v, w, …), computes each step's value from left to
      right, then runs the backward pass from right to left: for every edge of the graph the
      local derivative, the derivative flowing in from the output, and their product. Ends
      with the output's value and its derivative with respect to each input, one per line.

      FORMULA uses numbers, names, + - * / ^, parentheses and the functions exp, log
      (natural), sqrt, sin, cos, tanh and sigmoid (or σ). Start it with 'NAME =' to name the
      output; otherwise it is called f. Quote it so the shell leaves it alone.
      Every input needs a value, given as NAME=VALUE.

      Example:
        descent graph 'J = 3*(a + b*c)' a=5 b=3 c=2
      prints, among its lines, J = 33, dJ/da = 3, dJ/db = 6 and dJ/dc = 9.
      """,
    run: { words in
      let arguments = try Arguments(words)
      let (graph, values) = try FormulaInput.read(arguments.positional, command: "graph")
      let report: GraphReport
      do throws(FormulaError) {
        report = try GraphReport(graph: graph, values: values)
      } catch {
        throw FormulaInput.missingValue(error)
      }
      print(report.lines.joined(separator: "\n"))
      return 0
    }
  )
}

/// Reads the formula and `NAME=VALUE` words that `graph` and `nudge` take.
enum FormulaInput {
  static func read(_ words: [String], command: String) throws(CommandError) -> (
    ComputationGraph, [String: Double]
  ) {
    guard let text = words.first else {
      throw .usage(
        "\(command) needs a formula, as in: descent \(command) 'J = 3*(a + b*c)' a=5 b=3 c=2")
    }
    let graph: ComputationGraph
    do {
      graph = try ComputationGraph(parsing: text)
    } catch {
      throw .input(error.caretRendering)
    }
    let values = try assignments(Array(words.dropFirst()), for: graph.formula)
    do {
      try graph.formula.checkValues(values)
    } catch {
      throw missingValue(error)
    }
    return (graph, values)
  }

  /// `a=5 b=-1.5` as a dictionary, refusing names the formula does not use.
  static func assignments(_ words: [String], for formula: Formula) throws(CommandError) -> [String:
    Double]
  {
    var values: [String: Double] = [:]
    for word in words {
      guard let equals = word.firstIndex(of: "="), equals != word.startIndex else {
        throw .usage("'\(word)' is not an input value: write NAME=NUMBER, as in a=5")
      }
      let name = String(word[..<equals])
      let text = String(word[word.index(after: equals)...])
      guard let value = Double(text), value.isFinite else {
        throw .usage("'\(word)': the value of \(name) must be a finite number, not '\(text)'")
      }
      guard formula.inputs.contains(name) else {
        let known =
          formula.inputs.isEmpty
          ? "it has no inputs" : "its inputs are " + formula.inputs.joined(separator: ", ")
        throw .usage("'\(name)' is not an input of the formula; \(known)")
      }
      guard values[name] == nil else { throw .usage("\(name) is given more than once") }
      values[name] = value
    }
    return values
  }

  static func missingValue(_ error: FormulaError) -> CommandError {
    guard case .unknownVariable(let name) = error.kind else { return .input(error.caretRendering) }
    return .usage(
      "no value for '\(name)' (column \(error.column) of the formula); add \(name)=NUMBER")
  }
}

import DescentEngine

extension Command {
  static let nudge = Command(
    name: "nudge",
    summary: "estimate a derivative by nudging an input, beside the exact one",
    help: """
      Usage: descent nudge FORMULA NAME=VALUE... [--eps ε] [--input NAME]

      Nudges each input of FORMULA by a small ε while holding the others, and prints how the
      output moved: f(a), f(a+ε), f(a−ε), the forward difference (f(a+ε) − f(a)) / ε, the
      centred difference (f(a+ε) − f(a−ε)) / 2ε, and last the exact derivative from the
      backward pass, as a line 'df/da = …' (or 'dJ/da = …' when the formula starts 'J =').
      One block per input. If ε is so small that round-off swamps the change, a warning says
      so and how many digits can be trusted.

      FORMULA is written as for 'descent graph'; every input needs a value, as NAME=VALUE.

      Options:
        --eps ε        the nudge, a positive finite number (default 0.001)
        --input NAME   nudge only this input

      Example:
        descent nudge 'a^2' a=2 --eps 0.001
      prints f(a+ε) = f(2.001) = 4.004001, a forward difference of 4.001 and df/da = 4.
      """,
    run: { words in
      let arguments = try Arguments(words, valued: ["eps", "input"])
      let (graph, values) = try FormulaInput.read(arguments.positional, command: "nudge")
      let epsilon = try arguments.double("eps") ?? ComputationGraph.defaultEpsilon
      guard !graph.formula.inputs.isEmpty else {
        throw CommandError.input("\(graph.formula.equation) has no inputs to nudge")
      }
      let inputs = arguments.string("input").map { [$0] }
      let report: NudgeReport
      do throws(NudgeError) {
        report = try NudgeReport(graph: graph, values: values, epsilon: epsilon, inputs: inputs)
      } catch {
        switch error {
        case .formula(let formulaError): throw FormulaInput.missingValue(formulaError)
        case .badEpsilon:
          throw CommandError.usage(
            "--eps must be a positive finite number, not \(formatNumber(epsilon))")
        case .notAnInput: throw CommandError.usage("--input: \(error)")
        }
      }
      print(report.lines.joined(separator: "\n"))
      return 0
    }
  )
}

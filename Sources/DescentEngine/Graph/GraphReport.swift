/// A computation graph's forward and backward passes as lines of plain text, the same for the
/// command line, the REPL and the tutor:
/// ```
/// formula: J = 3*(a + b*c)
/// inputs: a = 5, b = 3, c = 2
///
/// forward pass, left to right:
///   u = b*c = 3*2 = 6
///   v = a + u = 5 + 6 = 11
///   J = 3*v = 3*11 = 33
///
/// backward pass, right to left, by the chain rule:
///   dJ/dJ = 1
///   dJ/dv = dJ/dJ · dJ/dv = 1 · 3 = 3
///   …
///
/// J = 33
/// dJ/da = 3
/// …
/// ```
public struct GraphReport: Sendable {
  public let graph: ComputationGraph
  public let forward: ForwardPass
  public let backward: BackwardPass

  /// Runs both passes. Throws `unknownVariable` when an input has no value.
  public init(graph: ComputationGraph, values: [String: Double]) throws(FormulaError) {
    self.graph = graph
    self.forward = try graph.forward(values)
    self.backward = graph.backward(forward)
  }

  private var output: String { graph.formula.output }

  /// `formula: …` and `inputs: a = 5, b = 3`.
  public var headerLines: [String] {
    let inputs = graph.formula.inputs.map { name in
      "\(name) = \(formatNumber(forward.inputs[name] ?? .nan))"
    }
    let shown = inputs.isEmpty ? "none" : inputs.joined(separator: ", ")
    return ["formula: \(graph.formula.equation)", "inputs: \(shown)"]
  }

  /// One line per step, in forward order: `u = b*c = 3*2 = 6`.
  public var forwardLines: [String] {
    graph.steps.enumerated().map { index, step in
      let values = step.operands.map(forward.value(of:))
      let numbers = values.compactMap(\.number)
      let result = forward.values[index]
      guard numbers.count == values.count else { return "\(step) = \(result)" }
      let substituted = step.expression(substituting: numbers)
      // `J = -u = -4`, not `J = -u = -4 = -4`: a substitution that reads as the value
      // says nothing more.
      if substituted == step.expression || step.operation == .identity
        || substituted == result.description
      {
        return "\(step) = \(result)"
      }
      return "\(step) = \(substituted) = \(result)"
    }
  }

  /// The seed `dJ/dJ = 1`, then one line per backward edge, in `backward.edges` order, so
  /// that `backwardLines[i + 1]` shows `backward.edges[i]`.
  public var backwardLines: [String] {
    var lines = ["d\(output)/d\(output) = 1"]
    for edge in backward.edges {
      let target = "d\(output)/d\(edge.to)"
      let chain = "d\(output)/d\(edge.from) · d\(edge.from)/d\(edge.to)"
      let sign = edge.accumulates ? "+=" : "="
      var line = "\(target) \(sign) \(chain)"
      switch (edge.upstream, edge.local, edge.product) {
      case (.value(let upstream), .value(let local), .value(let product)):
        let factor = local < 0 ? "(\(formatNumber(local)))" : formatNumber(local)
        line += " = \(formatNumber(upstream)) · \(factor) = \(formatNumber(product))"
      case (_, _, .undefined(let reason)):
        line += " is undefined: \(reason)"
      default:
        line += " = \(edge.product)"
      }
      if edge.accumulates {
        line += " (\(edge.to) is used again: \(target) is now \(edge.total))"
      }
      lines.append(line)
    }
    return lines
  }

  /// `J = 33`, then `dJ/da = 3` for each input in order of appearance.
  public var resultLines: [String] {
    let derivatives = graph.formula.inputs.map { input in
      "d\(output)/d\(input) = \(backward.inputDerivatives[input] ?? .value(0))"
    }
    return ["\(output) = \(forward.output)"] + derivatives
  }

  /// Everything, with headings and blank lines between the parts.
  public var lines: [String] {
    headerLines + ["", "forward pass, left to right:"] + forwardLines.map { "  " + $0 }
      + ["", "backward pass, right to left, by the chain rule:"]
      + backwardLines.map { "  " + $0 } + [""] + resultLines
  }
}

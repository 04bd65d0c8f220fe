/// Nudges as lines of plain text, one block per input, the same for the command line, the
/// REPL and the tutor:
/// ```
/// nudge a by ε = 0.001
///   f(a) = f(2) = 4
///   f(a+ε) = f(2.001) = 4.004001
///   f(a−ε) = f(1.999) = 3.996001
///   forward difference (f(a+ε) − f(a)) / ε = 4.001
///   centred difference (f(a+ε) − f(a−ε)) / 2ε = 4
///   exact derivative, from the backward pass:
/// df/da = 4
/// ```
/// A warning line follows any difference that round-off makes untrustworthy.
public struct NudgeReport: Sendable {
  public let results: [NudgeResult]

  public init(_ results: [NudgeResult]) {
    self.results = results
  }

  /// Nudges each of `inputs` (all the formula's inputs when nil) in turn.
  public init(
    graph: ComputationGraph, values: [String: Double],
    epsilon: Double = ComputationGraph.defaultEpsilon, inputs: [String]? = nil
  ) throws(NudgeError) {
    var results: [NudgeResult] = []
    for input in inputs ?? graph.formula.inputs {
      results.append(try graph.nudge(input, by: epsilon, at: values))
    }
    self.results = results
  }

  /// Every block, with a blank line between blocks.
  public var lines: [String] {
    var lines: [String] = []
    for (index, result) in results.enumerated() {
      if index > 0 { lines.append("") }
      lines += Self.lines(for: result)
    }
    return lines
  }

  /// The block for one nudged input; its last line is the exact derivative, `df/da = 4`.
  public static func lines(for result: NudgeResult) -> [String] {
    let f = result.output
    let a = result.input
    let held = result.heldInputs.map { "\($0) = \(formatNumber(result.values[$0] ?? .nan))" }
    let holding = held.isEmpty ? "" : ", holding " + held.joined(separator: ", ")
    let at = result.at
    let shown = { (x: Double) in Self.distinct(x, from: at) }
    var lines = [
      "nudge \(a) by ε = \(formatNumber(result.epsilon))\(holding)",
      "  \(f)(\(a)) = \(f)(\(formatNumber(at))) = \(result.value)",
      "  \(f)(\(a)+ε) = \(f)(\(shown(at + result.epsilon))) = \(result.nudgedUp)",
      "  \(f)(\(a)−ε) = \(f)(\(shown(at - result.epsilon))) = \(result.nudgedDown)",
      "  forward difference (\(f)(\(a)+ε) − \(f)(\(a))) / ε = \(result.forwardDifference)",
      "  centred difference (\(f)(\(a)+ε) − \(f)(\(a)−ε)) / 2ε = \(result.centredDifference)",
    ]
    lines += result.warnings.map { "  warning: \($0)" }
    lines.append("  exact derivative, from the backward pass:")
    lines.append("d\(f)/d\(a) = \(result.exact)")
    return lines
  }

  /// A nudged input with enough digits to tell it from the input (`1000000.0000001`, not
  /// `1000000`), unless the two are the same number.
  static func distinct(_ x: Double, from a: Double) -> String {
    let short = formatNumber(x)
    guard x != a, short == formatNumber(a) else { return short }
    return formatNumber(x, significantDigits: 17)
  }
}

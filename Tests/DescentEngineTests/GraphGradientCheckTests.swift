import Testing

@testable import DescentEngine

/// Every derivative of the backward pass against the centred difference
/// (f(x+h) − f(x−h)) / 2h, computed straight from the formula, not from the graph.
@Suite("backward derivatives against centred differences")
struct GraphGradientCheckTests {
  static let point = ["a": 0.7, "b": -1.3, "c": 2.1, "x": 0.4, "y": 1.0, "w": 0.25, "z": -0.6]

  static let formulas = [
    "J = 3*(a + b*c)",
    "J = a*a",
    "J = a*a*a + b",
    "J = a/b",
    "J = (a + b)/(a - c)",
    "J = 1/(1 + a*a)",
    "J = a^2",
    "J = a^3 - 2*a^2 + a",
    "J = c^a",
    "J = c^(a*b)",
    "J = (a*a + 1)^0.5",
    "J = -a^2 + -b",
    "J = log(c)",
    "J = log(a*a + b*b)",
    "J = exp(a*b)",
    "J = sqrt(c + a*a)",
    "J = sigmoid(a)",
    "J = σ(w*x + b)",
    "J = tanh(a*b + c)",
    "J = sin(a)*cos(b)",
    "J = exp(sin(a*b)) + log(sqrt(c))",
    "J = sigmoid(tanh(a) * exp(b))",
    "L = -(y*log(σ(w*x + b)) + (1 - y)*log(1 - σ(w*x + b)))",
    "L = -(0*log(σ(z)) + (1 - 0)*log(1 - σ(z)))",
    "J = (w - 3)^2",
    "J = a*b*c/(a + b + c)",
  ]

  @Test("each input's derivative matches the centred difference", arguments: formulas)
  func matches(_ text: String) throws {
    let graph = try ComputationGraph(parsing: text)
    let values = Self.point.filter { graph.formula.inputs.contains($0.key) }
    let backward = graph.backward(try graph.forward(values))
    #expect(!graph.formula.inputs.isEmpty)
    for input in graph.formula.inputs {
      let exact = try #require(backward.derivative(withRespectTo: input)?.number, "d/d\(input)")
      let h = 1e-5
      var up = values
      var down = values
      up[input, default: 0] += h
      down[input, default: 0] -= h
      let centred =
        (try graph.formula.evaluate(up) - graph.formula.evaluate(down)) / (2 * h)
      let tolerance = 1e-6 * max(1, abs(exact))
      #expect(abs(exact - centred) < tolerance, "\(text): d/d\(input) \(exact) vs \(centred)")
    }
  }

  @Test("the graph agrees with the lecture's nudges: 33.003, 33.006, 33.009")
  func lectureNudges() throws {
    let formula = try Formula.parse("J = 3*(a + b*c)")
    let base = ["a": 5.0, "b": 3, "c": 2]
    let graph = ComputationGraph(formula)
    let backward = graph.backward(try graph.forward(base))
    for (input, nudged) in [("a", 33.003), ("b", 33.006), ("c", 33.009)] {
      var values = base
      values[input, default: 0] += 0.001
      let moved = try formula.evaluate(values)
      #expect(abs(moved - nudged) < 1e-9)
      let slope = (moved - 33) / 0.001
      let exact = try #require(backward.derivative(withRespectTo: input)?.number)
      #expect(abs(slope - exact) < 1e-6)
    }
  }
}

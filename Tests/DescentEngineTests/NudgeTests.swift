import Testing

@testable import DescentEngine

@Suite("nudges")
struct NudgeTests {
  func nudge(
    _ text: String, _ input: String = "a", by epsilon: Double = 0.001, at values: [String: Double]
  ) throws -> NudgeResult {
    try ComputationGraph(parsing: text).nudge(input, by: epsilon, at: values)
  }

  @Test("f(a) = 3a at a = 2: nudged to 2.001, f moves to 6.003, slope 3")
  func linear() throws {
    let result = try nudge("3*a", at: ["a": 2])
    #expect(result.value == .value(6))
    #expect(formatNumber(try #require(result.nudgedUp.number)) == "6.003")
    #expect(abs(try #require(result.forwardDifference.number) - 3) < 1e-9)
    #expect(result.exact == .value(3))
    #expect(result.warnings.isEmpty)
  }

  @Test(
    "f(a) = a² at 2 and at 5: 4.004001 and 25.010001, slopes near 4 and 10",
    arguments: [(2.0, "4.004001", "4.001", 4.0), (5, "25.010001", "10.001", 10)])
  func square(at a: Double, nudged: String, ratio: String, exact: Double) throws {
    let result = try nudge("a^2", at: ["a": a])
    #expect(result.epsilon == ComputationGraph.defaultEpsilon)
    #expect(formatNumber(try #require(result.nudgedUp.number)) == nudged)
    #expect(formatNumber(try #require(result.forwardDifference.number)) == ratio)
    #expect(abs(try #require(result.centredDifference.number) - exact) < 1e-9)
    #expect(result.exact == .value(exact))
  }

  @Test("the lecture's graph agrees with its nudges: ×3, ×6, ×9")
  func graphAgainstNudges() throws {
    let graph = try ComputationGraph(parsing: "J = 3*(a + b*c)")
    let values = ["a": 5.0, "b": 3, "c": 2]
    let report = try NudgeReport(graph: graph, values: values)
    #expect(report.results.map(\.input) == ["a", "b", "c"])
    let moved = report.results.map { formatNumber($0.nudgedUp.number ?? 0) }
    #expect(moved == ["33.003", "33.006", "33.009"])
    let backward = graph.backward(try graph.forward(values))
    for result in report.results {
      let exact = try #require(backward.derivative(withRespectTo: result.input)?.number)
      #expect(result.exact == .value(exact))
      #expect(abs((result.forwardDifference.number ?? 0) - exact) < 1e-6)
      #expect(abs((result.centredDifference.number ?? 0) - exact) < 1e-6)
    }
  }

  @Test("ε must be positive and finite", arguments: [0.0, -0.001, .infinity, .nan])
  func badEpsilon(_ epsilon: Double) throws {
    let graph = try ComputationGraph(parsing: "a^2")
    #expect(throws: NudgeError.self) { try graph.nudge("a", by: epsilon, at: ["a": 2]) }
  }

  @Test("only an input can be nudged, and every input needs a value")
  func badInput() throws {
    let graph = try ComputationGraph(parsing: "J = a*b")
    #expect(throws: NudgeError.notAnInput("c", inputs: ["a", "b"])) {
      try graph.nudge("c", at: ["a": 1, "b": 2])
    }
    let error = #expect(throws: NudgeError.self) { try graph.nudge("a", at: ["a": 1]) }
    guard case .formula(let formulaError) = error else {
      Issue.record("expected a formula error, got \(String(describing: error))")
      return
    }
    #expect(formulaError.kind == .unknownVariable("b"))
  }

  @Test("a nudge lost in round-off gives no ratio, and a warning")
  func lostNudge() throws {
    let result = try nudge("a^2", by: 1e-20, at: ["a": 2])
    #expect(result.forwardDifference == .undefined("the nudge was lost in round-off"))
    #expect(result.centredDifference.number == nil)
    #expect(result.warnings.first?.contains("a + ε rounds back to a = 2") == true)
    #expect(result.exact == .value(4))
  }

  @Test("an ε tiny next to a is warned about")
  func tinyRelativeStep() throws {
    let result = try nudge("a^2", by: 1e-7, at: ["a": 1e6])
    #expect(result.warnings.contains { $0.contains("below 1e-12 of a = 1000000") })
  }

  @Test("a change of f swamped by round-off is warned about")
  func swampedChange() throws {
    let result = try nudge("J = a + 1e12*b", at: ["a": 1, "b": 1])
    #expect(result.warnings.count == 1)
    #expect(result.warnings[0].hasPrefix("J(a+ε) − J(a) is only 9.8e-16 of J's size"))
    #expect(result.warnings[0].contains("no correct digits"))
  }

  @Test("a large f over a tiny ε gives a finite uncertainty and a digit count")
  func largeSwampedChange() throws {
    let result = try nudge("exp(a)", by: 1e-12, at: ["a": 700])
    let warning = try #require(result.warnings.first { $0.contains("round-off makes") })
    #expect(!warning.contains("inf"))
    #expect(warning.contains("uncertain by about ±2.2e+300"))
    #expect(warning.contains("about 3 correct digits"))
  }

  @Test("an uncertainty beyond the largest double is said in words, with no digit count")
  func unrepresentableUncertainty() throws {
    let result = try nudge("1e300*exp(a)", by: 1e-25, at: ["a": 1e-10])
    let warning = try #require(result.warnings.first { $0.contains("round-off makes") })
    #expect(!warning.contains("inf"))
    #expect(!warning.contains("±"))
    #expect(!warning.contains("correct digits"))
    #expect(warning.contains("more than the largest number a double holds"))
  }

  @Test(
    "ordinary nudges raise no warning",
    arguments: ["a^2", "cos(a)", "sigmoid(a)", "exp(a)", "log(a + 2)", "a^2 - 2*a"])
  func noFalseWarnings(_ text: String) throws {
    for a in [0.0, 1, -3] {
      #expect(try nudge(text, at: ["a": a]).warnings.isEmpty, "\(text) at \(a)")
    }
  }

  @Test("an undefined nudged value makes its difference undefined, with the reason")
  func undefinedNudge() throws {
    let result = try nudge("log(a)", at: ["a": 0.0005])
    #expect(result.forwardDifference.number != nil)
    #expect(
      result.centredDifference
        == .undefined("f(a−ε) is undefined: log needs a positive number, not -0.0005"))
  }
}

import Testing

@testable import DescentEngine

@Suite("derivatives through a value that overflowed")
struct GraphOverflowTests {
  @Test("J = 3*(a + b*c) at a = 1e308 has no value, but its derivatives are 3, 6 and 9")
  func linearStepsKeepTheirSlopes() throws {
    let graph = try ComputationGraph(parsing: "J = 3*(a + b*c)")
    let forward = try graph.forward(["a": 1e308, "b": 3, "c": 2])
    #expect(forward.output == .undefined("too large to represent"))
    let backward = graph.backward(forward)
    for (name, value) in [("a", 3.0), ("b", 6), ("c", 9), ("u", 3), ("v", 3)] {
      #expect(backward.derivative(withRespectTo: name) == .value(value), "\(name)")
    }
  }

  @Test("a product that overflows still has the other factor as its slope")
  func product() throws {
    let graph = try ComputationGraph(parsing: "J = a*b")
    let backward = graph.backward(try graph.forward(["a": 1e200, "b": 2e200]))
    #expect(backward.derivative(withRespectTo: "a") == .value(2e200))
    #expect(backward.derivative(withRespectTo: "b") == .value(1e200))
  }

  @Test(
    "a slope written with the overflowed value, or at a pole, or past one, stays undefined",
    arguments: [
      ("J = exp(a)", 1000.0), ("J = 2^a", 2000), ("J = 1/a", 0), ("J = log(a)", 0),
      ("J = log(a)", -1), ("J = exp(a) + 3*b", 1000),
    ])
  func staysUndefined(text: String, at a: Double) throws {
    let graph = try ComputationGraph(parsing: text)
    let inputs = Dictionary(uniqueKeysWithValues: graph.formula.inputs.map { ($0, a) })
    let backward = graph.backward(try graph.forward(inputs))
    #expect(backward.derivative(withRespectTo: "a")?.number == nil)
  }

  @Test("a step after the overflowed one that needs its value stays undefined")
  func laterStepNeedsTheValue() throws {
    let graph = try ComputationGraph(parsing: "J = (3*a)*b")
    let backward = graph.backward(try graph.forward(["a": 1e308, "b": 2]))
    #expect(backward.derivative(withRespectTo: "b")?.number == nil)
    #expect(backward.derivative(withRespectTo: "a")?.number == nil)
  }
}

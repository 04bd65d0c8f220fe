import Testing

@testable import DescentEngine

@Suite("the computation graph")
struct GraphTests {
  let lecture = ["a": 5.0, "b": 3, "c": 2]

  @Test("the lecture's formula becomes u = b*c, v = a + u, J = 3*v")
  func lectureSteps() throws {
    let graph = try ComputationGraph(parsing: "J = 3*(a + b*c)")
    #expect(graph.steps.map(\.description) == ["u = b*c", "v = a + u", "J = 3*v"])
    #expect(graph.steps[2].operands == [.constant(3), .step(1)])
    #expect(graph.steps[1].operation == .add)
    #expect(graph.steps.map(\.column) == [13, 10, 6])
  }

  @Test("the forward pass gives u = 6, v = 11, J = 33")
  func lectureForward() throws {
    let graph = try ComputationGraph(parsing: "J = 3*(a + b*c)")
    let forward = try graph.forward(lecture)
    #expect(forward.values == [.value(6), .value(11), .value(33)])
    #expect(forward.output == .value(33))
  }

  @Test("the backward pass gives dJ/da = 3, dJ/db = 6, dJ/dc = 9, edge by edge")
  func lectureBackward() throws {
    let graph = try ComputationGraph(parsing: "J = 3*(a + b*c)")
    let backward = graph.backward(try graph.forward(lecture))
    #expect(backward.inputDerivatives == ["a": .value(3), "b": .value(6), "c": .value(9)])
    #expect(backward.stepDerivatives == [.value(3), .value(3), .value(1)])
    #expect(backward.derivative(withRespectTo: "v") == .value(3))
    #expect(backward.derivative(withRespectTo: "nothing") == nil)

    let edges = backward.edges.map { "\($0.from)>\($0.to)" }
    #expect(edges == ["J>v", "v>a", "v>u", "u>b", "u>c"])
    let dc = try #require(backward.edges.last)
    #expect(dc.local == .value(3))  // du/dc = b
    #expect(dc.upstream == .value(3))  // dJ/du
    #expect(dc.product == .value(9))
    #expect(dc.total == .value(9))
    #expect(!dc.accumulates)
  }

  @Test("a value used twice accumulates: J = a*a at a = 3 gives dJ/da = 6")
  func reuse() throws {
    let graph = try ComputationGraph(parsing: "J = a*a")
    let backward = graph.backward(try graph.forward(["a": 3]))
    #expect(backward.derivative(withRespectTo: "a") == .value(6))
    #expect(backward.edges.map(\.product) == [.value(3), .value(3)])
    #expect(backward.edges.map(\.total) == [.value(3), .value(6)])
    #expect(backward.edges.map(\.accumulates) == [false, true])
  }

  @Test("the loss of one example gives dw = x·(a − y) and db = a − y, as in the lecture")
  func logisticLoss() throws {
    let graph = try ComputationGraph(
      parsing: "L = -(y*log(σ(w*x + b)) + (1 - y)*log(1 - σ(w*x + b)))")
    let values = ["w": 0.5, "x": 2, "b": -0.25, "y": 1]
    let backward = graph.backward(try graph.forward(values))
    let a = MathFunction.sigmoid(0.5 * 2 - 0.25)
    let dw = try #require(backward.derivative(withRespectTo: "w")?.number)
    let db = try #require(backward.derivative(withRespectTo: "b")?.number)
    #expect(abs(dw - 2 * (a - 1)) < 1e-12)
    #expect(abs(db - (a - 1)) < 1e-12)
  }

  @Test("running backward again gives the same numbers")
  func repeatable() throws {
    let graph = try ComputationGraph(parsing: "J = a*b + a*sigmoid(a*b)")
    let forward = try graph.forward(["a": 0.7, "b": -1.3])
    let first = graph.backward(forward)
    let second = graph.backward(forward)
    #expect(first == second)
    #expect(graph.backward(try graph.forward(["a": 0.7, "b": -1.3])) == first)
  }

  @Test("step names skip the formula's inputs and its output")
  func namesSkipInputs() throws {
    let graph = try ComputationGraph(parsing: "w = u*v + p*u - q")
    #expect(graph.steps.map(\.name) == ["r", "s", "t", "w"])
    let many = ComputationGraph.stepNames(count: 10, avoiding: try Formula.parse("a+b"))
    #expect(many == ["u", "v", "w", "p", "q", "r", "s", "t", "u2", "f"])
  }

  @Test("a formula that is one input or one number is one step")
  func identity() throws {
    let graph = try ComputationGraph(parsing: "J = a")
    #expect(graph.steps.map(\.description) == ["J = a"])
    let backward = graph.backward(try graph.forward(["a": 4]))
    #expect(backward.derivative(withRespectTo: "a") == .value(1))
    let constant = try ComputationGraph(parsing: "7")
    #expect(try constant.forward([:]).output == .value(7))
    #expect(constant.backward(try constant.forward([:])).edges.isEmpty)
  }

  @Test("steps show negative numbers and functions as written")
  func stepText() throws {
    let graph = try ComputationGraph(parsing: "J = -3*a + (-2)^b - σ(-a) / -2")
    #expect(
      graph.steps.map(\.description) == [
        "u = -3*a", "v = (-2)^b", "w = u + v", "p = -a", "q = σ(p)", "r = q/(-2)", "J = w - r",
      ])
  }

  @Test("a missing value is an unknown-variable error with its column")
  func missingValue() throws {
    let graph = try ComputationGraph(parsing: "J = 3*(a + b*c)")
    let error = #expect(throws: FormulaError.self) { try graph.forward(["a": 1, "c": 2]) }
    #expect(error?.kind == .unknownVariable("b"))
    #expect(error?.column == 12)
  }
}

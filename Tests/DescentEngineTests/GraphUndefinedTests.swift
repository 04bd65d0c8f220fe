import Testing

@testable import DescentEngine

@Suite("undefined values and derivatives")
struct GraphUndefinedTests {
  struct Case: Sendable, CustomStringConvertible {
    var text: String
    var at: Double
    var value: Quantity
    var derivative: Quantity
    var description: String { "\(text) at \(at)" }
  }

  static let cases: [Case] = [
    Case(
      text: "log(a)", at: 0, value: .undefined("log(0) is minus infinity"),
      derivative: .undefined("f is undefined: log(0) is minus infinity")),
    Case(
      text: "log(a)", at: -1, value: .undefined("log needs a positive number, not -1"),
      derivative: .undefined("f is undefined: log needs a positive number, not -1")),
    Case(
      text: "1/a", at: 0, value: .undefined("division by zero"),
      derivative: .undefined("f is undefined: division by zero")),
    Case(
      text: "sqrt(a)", at: 0, value: .value(0),
      derivative: .undefined("sqrt has no slope at 0: it is vertical there")),
    Case(
      text: "sqrt(a)", at: -4, value: .undefined("sqrt needs a number ≥ 0, not -4"),
      derivative: .undefined("f is undefined: sqrt needs a number ≥ 0, not -4")),
    Case(
      text: "a^0.5", at: 0, value: .value(0),
      derivative: .undefined("x^0.5 has no slope at x = 0: it is vertical there")),
    Case(
      text: "a^-1", at: 0, value: .undefined("0 to a negative power divides by zero"),
      derivative: .undefined("f is undefined: 0 to a negative power divides by zero")),
    Case(
      text: "a^0.5", at: -1, value: .undefined("a negative number to a fractional power"),
      derivative: .undefined("f is undefined: a negative number to a fractional power")),
    Case(
      text: "(-2)^a", at: 2, value: .value(4),
      derivative: .undefined("b^y has no slope with respect to y when the base b is -2")),
    Case(
      text: "exp(a)", at: 1000, value: .undefined("too large to represent"),
      derivative: .undefined("f is undefined: too large to represent")),
  ]

  @Test("each is reported in words, never as NaN", arguments: cases)
  func reported(_ example: Case) throws {
    let graph = try ComputationGraph(parsing: example.text)
    let forward = try graph.forward(["a": example.at])
    #expect(forward.output == example.value)
    #expect(graph.backward(forward).derivative(withRespectTo: "a") == example.derivative)
  }

  @Test("a step after an undefined one names where it started")
  func causeTravels() throws {
    let graph = try ComputationGraph(parsing: "J = 2*log(a) + b")
    let forward = try graph.forward(["a": 0, "b": 1])
    let cause = Quantity.undefined("u is undefined: log(0) is minus infinity")
    #expect(forward.values == [.undefined("log(0) is minus infinity"), cause, cause])
    let backward = graph.backward(forward)
    #expect(backward.derivative(withRespectTo: "a") == cause)
    #expect(backward.derivative(withRespectTo: "b") == cause)
  }

  @Test("an undefined derivative of one input leaves the others defined")
  func othersDefined() throws {
    let graph = try ComputationGraph(parsing: "J = sqrt(a) + b*b")
    let backward = graph.backward(try graph.forward(["a": 0, "b": 3]))
    #expect(backward.derivative(withRespectTo: "b") == .value(6))
    #expect(backward.derivative(withRespectTo: "a")?.number == nil)
  }

  @Test("an input that is not finite makes everything after it undefined, in words")
  func nonFiniteInput() throws {
    let graph = try ComputationGraph(parsing: "J = 2*a + b")
    let forward = try graph.forward(["a": .nan, "b": 1])
    #expect(forward.output == .undefined("a is not a finite number"))
    #expect(graph.backward(forward).derivative(withRespectTo: "b")?.number == nil)
  }

  @Test("undefined quantities print in words")
  func printed() {
    #expect(Quantity.value(4.004001).description == "4.004001")
    #expect(Quantity.undefined("division by zero").description == "undefined (division by zero)")
  }
}

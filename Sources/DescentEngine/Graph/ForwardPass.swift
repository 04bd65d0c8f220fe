/// The values of a computation graph's steps for given inputs, left to right.
public struct ForwardPass: Equatable, Sendable {
  /// The value of each of the formula's inputs.
  public let inputs: [String: Double]
  /// One per step, in the graph's order.
  public let values: [Quantity]
  /// For each undefined step, the reason naming the step where it started
  /// (`v is undefined: log(0) is minus infinity`).
  let causes: [String?]

  /// The formula's value: the last step's.
  public var output: Quantity { values.last ?? .undefined("the formula has no steps") }

  /// The value an operand of a step had.
  public func value(of operand: GraphStep.Operand) -> Quantity {
    switch operand {
    case .input(let name): inputs[name].map(Quantity.value) ?? .undefined("no value for \(name)")
    case .step(let index): values[index]
    case .constant(let value): .value(value)
    }
  }
}

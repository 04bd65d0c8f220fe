/// Why a nudge cannot be computed.
public enum NudgeError: Error, Equatable, Sendable, CustomStringConvertible {
  /// ε must be a positive, finite number.
  case badEpsilon(Double)
  /// The name is not one of the formula's inputs.
  case notAnInput(String, inputs: [String])
  /// An input has no value (`FormulaError.Kind.unknownVariable`).
  case formula(FormulaError)

  public var description: String {
    switch self {
    case .badEpsilon(let epsilon):
      "the nudge ε must be a positive finite number, not \(formatNumber(epsilon))"
    case .notAnInput(let name, let inputs):
      inputs.isEmpty
        ? "'\(name)' is not an input: the formula has no inputs"
        : "'\(name)' is not an input; the inputs are \(inputs.joined(separator: ", "))"
    case .formula(let error): error.description
    }
  }
}

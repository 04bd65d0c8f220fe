import Foundation

/// What one step of a computation graph does with its operands.
public enum StepOperation: Equatable, Sendable {
  case add, subtract, multiply, divide, power
  /// Unary minus.
  case negate
  /// The output is one input or constant as it is (`J = a`).
  case identity
  case function(MathFunction)

  init(symbol: Character) {
    switch symbol {
    case "+": self = .add
    case "-": self = .subtract
    case "*": self = .multiply
    case "/": self = .divide
    default: self = .power
    }
  }

  /// The operator as written between operands, for the binary operations.
  var symbol: String {
    switch self {
    case .add: " + "
    case .subtract: " - "
    case .multiply: "*"
    case .divide: "/"
    case .power: "^"
    default: ""
    }
  }

  /// The step's value from its operands' values; may be NaN or infinite.
  func apply(_ x: Double, _ y: Double = 0) -> Double {
    switch self {
    case .add: x + y
    case .subtract: x - y
    case .multiply: x * y
    case .divide: x / y
    case .power: Foundation.pow(x, y)
    case .negate: -x
    case .identity: x
    case .function(let function): function.apply(x)
    }
  }

  /// Why a value that came out NaN or infinite has no meaning, in words.
  func whyNotFinite(_ x: Double, _ y: Double) -> String {
    switch self {
    case .divide where y == 0: "division by zero"
    case .power where x == 0 && y < 0: "0 to a negative power divides by zero"
    case .power where x < 0 && y.rounded() != y: "a negative number to a fractional power"
    case .function(.log) where x == 0: "log(0) is minus infinity"
    case .function(.log) where x < 0: "log needs a positive number, not \(formatNumber(x))"
    case .function(.sqrt) where x < 0: "sqrt needs a number ≥ 0, not \(formatNumber(x))"
    default: "too large to represent"
    }
  }
}

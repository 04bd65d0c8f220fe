import Foundation

extension StepOperation {
  /// The derivative of a step's result r with respect to its operand number `position`, at
  /// the operands' values x (and y):
  /// ```
  /// x + y: 1, 1          x - y: 1, −1        x·y: y, x
  /// x / y: 1/y, −x/y²    x^y: y·x^(y−1), r·ln x
  /// −x: −1   exp: r   log: 1/x   sqrt: 1/(2r)   sin: cos x   cos: −sin x
  /// tanh: 1 − r²   σ: r(1 − r)
  /// ```
  /// Where the derivative does not exist the answer says why.
  func localDerivative(at position: Int, x: Double, y: Double, result r: Double) -> Quantity {
    let tooLarge = "the slope is too large to represent"
    switch self {
    case .add, .identity: return .value(1)
    case .subtract: return .value(position == 0 ? 1 : -1)
    case .multiply: return .value(position == 0 ? y : x)
    case .divide:
      return .checked(position == 0 ? 1 / y : -x / (y * y), else: tooLarge)
    case .power where position == 0:
      if y == 0 { return .value(0) }
      if x == 0 && y < 1 {
        return .undefined("x^\(formatNumber(y)) has no slope at x = 0: it is vertical there")
      }
      return .checked(y * Foundation.pow(x, y - 1), else: tooLarge)
    case .power:
      if x > 0 { return .checked(r * Foundation.log(x), else: tooLarge) }
      if x == 0 && y > 0 { return .value(0) }
      return .undefined(
        "b^y has no slope with respect to y when the base b is \(formatNumber(x))")
    case .negate: return .value(-1)
    case .function(let function):
      switch function {
      case .exp: return .value(r)
      case .log: return .checked(1 / x, else: tooLarge)
      case .sqrt:
        if r == 0 { return .undefined("sqrt has no slope at 0: it is vertical there") }
        return .checked(1 / (2 * r), else: tooLarge)
      case .sin: return .value(Foundation.cos(x))
      case .cos: return .value(-Foundation.sin(x))
      case .tanh: return .value(1 - r * r)
      case .sigmoid: return .value(r * (1 - r))
      }
    }
  }

  /// Whether `localDerivative(at:…)` is written with the step's result r (exp, sqrt, tanh,
  /// σ, and b^y with respect to y), so it has no value when r has none.
  func localDerivativeUsesResult(at position: Int) -> Bool {
    switch self {
    case .power: position == 1
    case .function(let function): [.exp, .sqrt, .tanh, .sigmoid].contains(function)
    default: false
    }
  }
}

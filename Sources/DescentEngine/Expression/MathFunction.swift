import Foundation

/// A function of one argument that a formula may call, such as `exp(z)` or `σ(z)`.
public enum MathFunction: String, CaseIterable, Sendable {
  case exp, log, sqrt, sin, cos, tanh, sigmoid

  /// The function a name in a formula calls, or nil when the name is not a function.
  /// `σ` is another spelling of `sigmoid`.
  public init?(named name: String) {
    if name == "σ" {
      self = .sigmoid
      return
    }
    self.init(rawValue: name)
  }

  /// The names a formula may call, for error messages.
  static let spelledNames = "exp, log, sqrt, sin, cos, tanh, sigmoid (or σ)"

  /// The function's value, which may be NaN or infinite; callers say why in words.
  ///
  /// The sigmoid is computed so that it never overflows:
  /// ```
  /// σ(z) = 1 / (1 + e^(−z))   for z ≥ 0
  /// σ(z) = e^z / (1 + e^z)     for z < 0
  /// ```
  func apply(_ x: Double) -> Double {
    switch self {
    case .exp: Foundation.exp(x)
    case .log: Foundation.log(x)
    case .sqrt: x.squareRoot()
    case .sin: Foundation.sin(x)
    case .cos: Foundation.cos(x)
    case .tanh: Foundation.tanh(x)
    case .sigmoid: Self.sigmoid(x)
    }
  }

  static func sigmoid(_ z: Double) -> Double {
    if z >= 0 { return 1 / (1 + Foundation.exp(-z)) }
    let e = Foundation.exp(z)
    return e / (1 + e)
  }
}

/// A number the engine computed, or the reason, in words, why there is none: a value that is
/// not finite, or a derivative that does not exist (`log` at 0, `sqrt` at 0, `1/a` at a = 0).
/// Views print `description`, so a student never sees `nan`.
public enum Quantity: Equatable, Sendable, CustomStringConvertible {
  case value(Double)
  case undefined(String)

  /// The number, or nil when it is undefined.
  public var number: Double? {
    if case .value(let value) = self { return value }
    return nil
  }

  /// The number in `%.10g` form, or `undefined (reason)`.
  public var description: String {
    switch self {
    case .value(let value): formatNumber(value)
    case .undefined(let reason): "undefined (\(reason))"
    }
  }

  /// `.value(x)` when x is finite, otherwise `.undefined(reason)`.
  static func checked(_ x: Double, else reason: @autoclosure () -> String) -> Quantity {
    x.isFinite ? .value(x) : .undefined(reason())
  }
}

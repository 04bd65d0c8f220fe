/// A derivative found by nudging one input, beside the exact one from the backward pass.
///
/// ```
/// forward difference   (f(a+ε) − f(a)) / ε        error shrinks like ε
/// centred difference   (f(a+ε) − f(a−ε)) / 2ε     error shrinks like ε²
/// ```
/// For f(a) = a² at a = 2 and ε = 0.001: f(a+ε) = 4.004001, the forward difference is 4.001,
/// the centred difference 4 and the exact derivative 2a = 4.
public struct NudgeResult: Equatable, Sendable {
  /// The formula's output (`f` or `J`) and the input nudged (`a`).
  public let output: String
  public let input: String
  /// Every input's value before the nudge; the others stay fixed.
  public let values: [String: Double]
  /// The other inputs, in the formula's order, for "holding b = 3".
  public let heldInputs: [String]
  public let epsilon: Double

  /// f(a), f(a+ε), f(a−ε).
  public let value: Quantity
  public let nudgedUp: Quantity
  public let nudgedDown: Quantity
  /// (f(a+ε) − f(a)) / ε and (f(a+ε) − f(a−ε)) / 2ε.
  public let forwardDifference: Quantity
  public let centredDifference: Quantity
  /// df/da from the backward pass.
  public let exact: Quantity
  /// Why a difference above cannot be trusted: ε lost in round-off, or f barely moved.
  public let warnings: [String]

  /// The value of the nudged input before the nudge.
  public var at: Double { values[input] ?? .nan }

  init(
    output: String, input: String, values: [String: Double], heldInputs: [String],
    epsilon: Double, value: Quantity, nudgedUp: Quantity, nudgedDown: Quantity, exact: Quantity
  ) {
    self.output = output
    self.input = input
    self.values = values
    self.heldInputs = heldInputs
    self.epsilon = epsilon
    self.value = value
    self.nudgedUp = nudgedUp
    self.nudgedDown = nudgedDown
    self.exact = exact

    let a = values[input] ?? .nan
    var warnings: [String] = []
    let lostUp = a + epsilon == a
    let lostDown = a - epsilon == a
    if lostUp || lostDown {
      warnings.append(
        "ε = \(formatNumber(epsilon)) is lost in round-off: \(input) \(lostUp ? "+" : "−") ε "
          + "rounds back to \(input) = \(formatNumber(a)); take a larger ε")
    } else if epsilon < Self.smallestRelativeStep * abs(a) {
      warnings.append(
        "ε = \(formatNumber(epsilon)) is below \(formatNumber(Self.smallestRelativeStep)) of "
          + "\(input) = \(formatNumber(a)): round-off distorts the nudge itself; take a larger ε")
    }

    let f = { (at: String) in "\(output)(\(input)\(at))" }
    let up = (nudgedUp, f("+ε"))
    let change = Self.difference(up, (value, f("")), over: epsilon, lost: lostUp)
    self.forwardDifference = change.ratio
    let centred = Self.difference(
      up, (nudgedDown, f("−ε")), over: 2 * epsilon, lost: lostUp || lostDown)
    self.centredDifference = centred.ratio
    if let relative = change.relative, relative < Self.smallestRelativeChange {
      warnings.append(
        Self.swamped(f("+ε"), f(""), relative: relative, size: change.size, over: epsilon, output))
    }
    self.warnings = warnings
  }

  /// Below this ratio ε / |a|, a + ε itself carries a round-off error above 1e-4 of ε
  /// (a double keeps about 16 significant digits).
  public static let smallestRelativeStep = 1e-12

  /// Below this ratio |f(a+ε) − f(a)| / |f|, the round-off in f (about 2e-16 of it) is more
  /// than a millionth of the change, so fewer than 6 digits of the ratio are right.
  public static let smallestRelativeChange = 1e-10

  /// The ratio (up − down) / step, and |up − down| relative to the larger of |up|, |down|
  /// (nil when both are 0 or undefined).
  private static func difference(
    _ up: (Quantity, String), _ down: (Quantity, String), over step: Double, lost: Bool
  ) -> (ratio: Quantity, relative: Double?, size: Double) {
    if lost { return (.undefined("the nudge was lost in round-off"), nil, 0) }
    for (quantity, label) in [up, down] {
      if case .undefined(let reason) = quantity {
        return (.undefined("\(label) is undefined: \(reason)"), nil, 0)
      }
    }
    let high = up.0.number ?? .nan
    let low = down.0.number ?? .nan
    let ratio = Quantity.checked((high - low) / step, else: "the ratio is too large to represent")
    let size = max(abs(high), abs(low))
    return (ratio, size == 0 ? nil : abs(high - low) / size, size)
  }

  /// The warning for a change of f lost in round-off. Both differences divide f's round-off,
  /// about 2.2e-16 of |f|, by ε, so they share the same uncertainty:
  /// ```
  /// uncertainty ≈ 2.2e-16 · max(|f(a+ε)|, |f(a)|) / ε
  /// ```
  /// When that is beyond the largest double, it is said in words, with no digit count.
  private static func swamped(
    _ up: String, _ base: String, relative: Double, size: Double, over epsilon: Double,
    _ output: String
  ) -> String {
    // Scaled before the division, so that a large |f| over a tiny ε overflows only when the
    // uncertainty itself is beyond the largest double.
    let uncertainty = 2.2e-16 * size / epsilon
    guard uncertainty.isFinite else {
      let cost =
        "round-off makes both differences uncertain by more than the largest number a double "
        + "holds (about 1.8e308)"
      guard relative > 0 else {
        return "\(up) equals \(base): the slope is 0 here or ε is too small to see; \(cost)"
      }
      return "\(up) − \(base) is only \(formatNumber(relative, significantDigits: 2)) of "
        + "\(output)'s size: \(cost); take a larger ε"
    }
    let cost =
      "round-off makes both differences uncertain by about "
      + "±\(formatNumber(uncertainty, significantDigits: 2))"
    guard relative > 0 else {
      return "\(up) equals \(base): the slope is 0 here or ε is too small to see; \(cost)"
    }
    let digits = Int((relative / 2.2e-16).log10Floor)
    let left = digits == 0 ? "no correct digits" : "about \(digits) correct digits"
    return "\(up) − \(base) is only \(formatNumber(relative, significantDigits: 2)) of "
      + "\(output)'s size: \(cost), leaving \(left) in the forward one; take a larger ε"
  }
}

extension Double {
  fileprivate var log10Floor: Double {
    guard self >= 1 else { return 0 }
    var power = 0.0
    var rest = self
    while rest >= 10 {
      rest /= 10
      power += 1
    }
    return power
  }
}

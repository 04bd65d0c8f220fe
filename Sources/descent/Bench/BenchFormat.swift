import Foundation

/// How the benchmark writes its figures: a few significant digits, thousands grouped.
enum BenchFormat {
  /// `value` to `digits` significant digits, without an exponent for everyday sizes:
  /// 3.04, 0.451, 12.6, 28,113.
  static func number(_ value: Double, digits: Int = 3) -> String {
    guard value.isFinite else { return "—" }
    let magnitude = value == 0 ? 0 : Int(floor(log10(abs(value))))
    if magnitude >= digits - 1 { return grouped(Int(value.rounded())) }
    let decimals = max(digits - 1 - magnitude, 0)
    return String(format: "%.\(decimals)f", value)
  }

  /// 28113 → `28,113`.
  static func grouped(_ value: Int) -> String {
    let digits = String(abs(value))
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { text += "," }
      text.append(digit)
    }
    return value < 0 ? "-" + text : text
  }

  static func rate(_ iterationsPerSecond: Double) -> String {
    grouped(Int(iterationsPerSecond.rounded())) + " it/s"
  }

  static func milliseconds(_ seconds: Double) -> String {
    number(seconds * 1000) + " ms"
  }

  static func percent(_ fraction: Double) -> String {
    number(fraction * 100, digits: 2) + " %"
  }

  static func megabytes(_ bytes: Double) -> String {
    number(bytes / 1_048_576) + " MB"
  }
}

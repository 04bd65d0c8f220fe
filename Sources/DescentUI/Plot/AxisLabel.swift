import DescentEngine

/// Numbers written beside a plot's axis, in a fixed number of columns.
///
/// A label is never cut: a number that does not fit as `%.3g` first loses the exponent's
/// `+` and leading zeros (`1.01e+304` → `1.01e304`), then mantissa digits (`1.0e304`,
/// `1e304`), so the order of magnitude always survives. One significant digit with a compact
/// exponent needs at most 7 columns for any finite `Double` (`-5e-324`).
enum AxisLabel {
  /// The narrowest width that holds every finite value.
  static let minimumWidth = 7

  /// `value` in at most `width` characters, with as many significant digits (up to 3) as
  /// fit.
  static func text(_ value: Double, width: Int) -> String {
    for digits in stride(from: 3, through: 1, by: -1) {
      let plain = formatNumber(value, significantDigits: digits)
      if plain.count <= width { return plain }
      let compact = compactExponent(plain)
      if compact.count <= width { return compact }
    }
    // Only a width under `minimumWidth` (or a non-finite value's word) gets here.
    return String(compactExponent(formatNumber(value, significantDigits: 1)).prefix(width))
  }

  /// `1.5e+06` → `1.5e6`, `1e-05` → `1e-5`: the same number in fewer characters.
  static func compactExponent(_ text: String) -> String {
    guard let e = text.firstIndex(of: "e") else { return text }
    let mantissa = text[..<e]
    var exponent = text[text.index(after: e)...]
    var sign = ""
    if let first = exponent.first, first == "+" || first == "-" {
      if first == "-" { sign = "-" }
      exponent = exponent.dropFirst()
    }
    while exponent.count > 1, exponent.first == "0" { exponent = exponent.dropFirst() }
    return mantissa + "e" + sign + exponent
  }
}

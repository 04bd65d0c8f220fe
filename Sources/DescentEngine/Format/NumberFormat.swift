import Foundation

/// Formats a number the way the lecture writes it and C's `%.10g` prints it: `33`, not
/// `33.0`; `4.004001`; `1e-05`.
///
/// A value that is not finite has no place on a student's screen as `nan` or `inf`; callers
/// decide what to say instead, and this returns `"undefined"`, `"+infinity"` or `"-infinity"`
/// so that a slip never prints `nan`.
public func formatNumber(_ value: Double, significantDigits: Int = 10) -> String {
  guard value.isFinite else {
    if value.isNaN { return "undefined" }
    return value > 0 ? "+infinity" : "-infinity"
  }
  if value == 0 { return "0" }  // also turns -0 into 0
  return String(format: "%.\(significantDigits)g", value)
}

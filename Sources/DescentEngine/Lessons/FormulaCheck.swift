/// Whether a lesson's formula is one the tutor can compute.
///
/// FIXME: a stand-in that catches only empty formulas and unbalanced parentheses, until the
/// engine's formula parser can be asked instead (it gives the same column and message the
/// tutor would show).
enum FormulaCheck {
  /// The first problem in `formula`, with its 1-based column in the formula text; `nil` when it
  /// parses.
  static func problem(in formula: String) -> (column: Int, message: String)? {
    var open: [Int] = []
    for (offset, character) in formula.enumerated() {
      if character == "(" { open.append(offset + 1) }
      if character == ")" {
        guard open.popLast() != nil else { return (offset + 1, "')' closes nothing") }
      }
    }
    if let unclosed = open.last { return (unclosed, "'(' is never closed") }
    let body = formula.split(separator: "=", maxSplits: 1).last.map(\.trimmed) ?? ""
    if body.isEmpty { return (formula.count + 1, "the formula is empty") }
    return nil
  }
}

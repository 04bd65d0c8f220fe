import Foundation

/// Lays out benchmark rows as a plain-text table with aligned columns.
///
/// With `unicode` off, the marks and symbols become ASCII (`ok`/`NO`, `x`, `>=`, `<=`) so the
/// table reads on any terminal and in any file.
struct BenchTable {
  var rows: [BenchRow]
  var unicode: Bool

  static let headers = ["case", "descent", "reference", "ratio", "goal", "met"]

  var text: String {
    let cells = rows.map { row in
      [
        row.name, row.descent, row.reference, row.ratio.map(Self.ratio) ?? "", row.goal,
        mark(row.met),
      ].map(ascii)
    }
    let all = [Self.headers] + cells
    let widths = Self.headers.indices.map { column in
      all.map { $0[column].count }.max() ?? 0
    }
    let rule = widths.map { String(repeating: "-", count: $0) }
    return ([Self.headers, rule] + cells).map { line in
      var text = ""
      for (column, cell) in line.enumerated() {
        let padding = String(repeating: " ", count: widths[column] - cell.count)
        // Figures align right, words left.
        let numeric = (1...3).contains(column)
        text += (numeric ? padding + cell : cell + padding)
        if column < line.count - 1 { text += "  " }
      }
      while text.last == " " { text.removeLast() }
      return text
    }.joined(separator: "\n")
  }

  private func mark(_ met: Bool?) -> String {
    switch met {
    case true?: unicode ? "✓" : "ok"
    case false?: unicode ? "✗" : "NO"
    case nil: ""
    }
  }

  /// Replaces the few non-ASCII symbols the rows use when the table must be ASCII.
  func ascii(_ text: String) -> String {
    guard !unicode else { return text }
    let replacements: [(String, String)] = [
      ("×", "x"), ("≥", ">="), ("≤", "<="), ("≈", "~"), ("⁰", "^0"), ("¹", "^1"), ("²", "^2"),
      ("³", "^3"), ("⁴", "^4"), ("⁵", "^5"), ("⁶", "^6"),
      ("⁷", "^7"), ("⁸", "^8"), ("⁹", "^9"), ("—", "-"), ("·", "*"), ("…", "..."),
      ("µ", "u"),
    ]
    return replacements.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
  }

  /// `3.04×`, `0.97×`, `12.6×`: three significant figures.
  static func ratio(_ value: Double) -> String {
    guard value.isFinite else { return "—" }
    return BenchFormat.number(value, digits: 3) + "×"
  }
}

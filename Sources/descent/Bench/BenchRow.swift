/// One line of the benchmark table: what was measured, descent's figure, the reference's
/// figure where there is one, their ratio, and the goal with whether it was met.
struct BenchRow {
  /// The case, as short as it can be said (`train digits 64×1437`).
  var name: String
  /// descent's figure with its unit; empty when the row only shows the reference.
  var descent: String
  /// The reference's figure and what it is (`28,113 it/s numpy`); empty for none.
  var reference: String = ""
  /// descent's figure over the reference's, or another ratio the goal names.
  var ratio: Double?
  /// The goal in words (`≥ 3× numpy`); empty for a row shown for information.
  var goal: String = ""
  /// Whether the goal was met; nil when there is no goal or nothing could be measured.
  var met: Bool?
}

/// The figures of one case of the benchmark, and what the reader should know about them.
struct BenchSection {
  var rows: [BenchRow] = []
  /// Lines printed under the table: how a figure was taken, why one is missing.
  var notes: [String] = []
}

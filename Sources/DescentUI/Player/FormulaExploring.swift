import DescentEngine

/// A widget that shows one formula at values of its inputs: the graph and the nudge
/// explorer. The tutor's `:` line puts the formula and the values in its session, so that
/// `grad J` works at once, and an assignment to an input (`a = 6`) moves the widget too.
protocol FormulaExploring: View {
  /// The formula as `J = …`, or nil when it cannot be read.
  var equation: String? { get }
  /// Each input with its value now, in the order the formula names them.
  var inputValues: [(name: String, value: Double)] { get }
  /// Gives an input a new value, as typing it in the widget would; returns why not, or nil.
  mutating func setInput(_ name: String, to value: Double) -> String?
}

extension GraphExplorer: FormulaExploring {
  var equation: String? { graph?.formula.equation }

  var inputValues: [(name: String, value: Double)] {
    inputs.map { ($0, values[$0] ?? 0) }
  }
}

extension NudgeExplorer: FormulaExploring {
  var equation: String? { graph?.formula.equation }

  var inputValues: [(name: String, value: Double)] {
    (graph?.formula.inputs ?? []).map { ($0, $0 == widget.input ? a : held[$0] ?? 0) }
  }
}

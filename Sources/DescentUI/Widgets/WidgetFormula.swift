import DescentEngine

/// The computation graph of a lesson widget's formula, or the sentence a widget shows in its
/// place when the formula cannot be read.
func readWidgetFormula(_ formula: String) -> (graph: ComputationGraph?, problem: String?) {
  do {
    return (try ComputationGraph(parsing: formula), nil)
  } catch {
    return (nil, "the formula '\(formula)' cannot be read: \(error)")
  }
}

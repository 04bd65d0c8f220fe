/// Parameters of the computation-graph widget: the formula and a value for every input, e.g.
/// `J = 3*(a + b*c)` at `a = 5, b = 3, c = 2`.
public struct GraphWidget: Sendable, Equatable {
  public var line: Int
  /// The formula as written.
  public var formula: String
  /// The inputs' starting values, in the order written.
  public var values: [NamedValue]

  public init(line: Int, formula: String, values: [NamedValue]) {
    self.line = line
    self.formula = formula
    self.values = values
  }
}

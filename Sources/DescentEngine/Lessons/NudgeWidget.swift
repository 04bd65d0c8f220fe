/// Parameters of the nudge explorer: `f` is `formula`; the student moves `input` (starting at
/// `start`) and sees
///
/// ```
/// (f(a + ε) − f(a)) / ε   beside   df/da
/// ```
public struct NudgeWidget: Sendable, Equatable {
  public var line: Int
  /// The formula as written, e.g. `f = a^2` or `a^2` (output then named `f`).
  public var formula: String
  /// The name of the input that is nudged.
  public var input: String
  /// The input's value when the widget opens.
  public var start: Double
  /// The nudge ε, positive; 0.001 unless the lesson says otherwise.
  public var epsilon: Double
  /// Fixed values of the formula's other inputs, in the order written; often empty.
  public var values: [NamedValue]

  public static let defaultEpsilon = 0.001

  public init(
    line: Int, formula: String, input: String, start: Double,
    epsilon: Double = NudgeWidget.defaultEpsilon, values: [NamedValue] = []
  ) {
    self.line = line
    self.formula = formula
    self.input = input
    self.start = start
    self.epsilon = epsilon
    self.values = values
  }
}

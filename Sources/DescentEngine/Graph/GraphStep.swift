/// One named step of a computation graph, such as `u = b*c`.
public struct GraphStep: Equatable, Sendable, CustomStringConvertible {
  /// What a step reads: an input of the formula, an earlier step, or a number.
  public enum Operand: Equatable, Sendable {
    case input(String)
    /// The index of an earlier step in `ComputationGraph.steps`.
    case step(Int)
    case constant(Double)
  }

  /// `u`, `v`, … for intermediate steps; the formula's output for the last one.
  public let name: String
  public let operation: StepOperation
  /// One operand, or two for `+ - * / ^`.
  public let operands: [Operand]
  /// The names the operands are shown with (`b`, `u`, `3`), in the same order.
  public let operandNames: [String]
  /// The right-hand side as shown: `b*c`, `a + u`, `σ(z)`.
  public let expression: String
  /// Where the operation is written in the formula (1-based, in characters).
  public let column: Int
  /// The function's name as written (`σ` or `sigmoid`).
  let functionName: String?

  /// `u = b*c`
  public var description: String { "\(name) = \(expression)" }

  /// The right-hand side with these numbers in place of the operands: `3*2`.
  public func expression(substituting values: [Double]) -> String {
    let numbers = values.map { GraphStep.Operand.constant($0) }
    return Self.expression(
      operation, values.map { formatNumber($0) }, numbers, spelled: functionName)
  }

  init(
    name: String, operation: StepOperation, operands: [Operand], operandNames: [String],
    spelled: String?, column: Int
  ) {
    self.name = name
    self.operation = operation
    self.operands = operands
    self.operandNames = operandNames
    self.column = column
    self.functionName = spelled
    self.expression = Self.expression(operation, operandNames, operands, spelled: spelled)
  }

  /// Shows the step's right-hand side: `+` and `-` with spaces, `*`, `/` and `^` without, a
  /// negative number in parentheses wherever a minus sign could be misread.
  static func expression(
    _ operation: StepOperation, _ names: [String], _ operands: [Operand], spelled: String?
  ) -> String {
    func shown(_ index: Int) -> String {
      if case .constant(let value) = operands[index], value < 0,
        index > 0 || operation == .power || operation == .negate
      {
        return "(\(names[index]))"
      }
      return names[index]
    }
    switch operation {
    case .identity: return names[0]
    case .negate: return "-" + shown(0)
    case .function(let function): return "\(spelled ?? function.rawValue)(\(names[0]))"
    default: return shown(0) + operation.symbol + shown(1)
    }
  }
}

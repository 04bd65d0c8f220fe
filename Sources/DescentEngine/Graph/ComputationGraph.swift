/// A formula broken into named steps in forward order, the picture the lecture draws:
/// `J = 3*(a + b*c)` becomes `u = b*c`, `v = a + u`, `J = 3*v`.
///
/// ```swift
/// let graph = try ComputationGraph(parsing: "J = 3*(a + b*c)")
/// let forward = try graph.forward(["a": 5, "b": 3, "c": 2])   // u = 6, v = 11, J = 33
/// let backward = graph.backward(forward)
/// backward.derivative(withRespectTo: "b")                      // .value(6)
/// ```
/// Building, the forward pass and the backward pass are loops over the steps, so a formula
/// of any length is handled without deep recursion.
public struct ComputationGraph: Equatable, Sendable {
  public let formula: Formula
  /// In forward order; every step's operands are inputs, constants or earlier steps, and the
  /// last step is named after the formula's output.
  public let steps: [GraphStep]

  public init(parsing text: String) throws(FormulaError) {
    self.init(try Formula.parse(text))
  }

  public init(_ formula: Formula) {
    self.formula = formula
    let nodes = formula.nodes
    let isLeaf: (FormulaNode) -> Bool = { node in
      switch node.kind {
      case .number, .variable: true
      default: false
      }
    }
    let rootIsLeaf = nodes.last.map(isLeaf) ?? true
    let stepCount = nodes.filter { !isLeaf($0) }.count + (rootIsLeaf ? 1 : 0)
    let names = Self.stepNames(count: stepCount, avoiding: formula)

    var steps: [GraphStep] = []
    var operandOf: [GraphStep.Operand] = []
    operandOf.reserveCapacity(nodes.count)
    func name(_ operand: GraphStep.Operand) -> String {
      switch operand {
      case .input(let input): input
      case .step(let index): names[index]
      case .constant(let value): formatNumber(value)
      }
    }
    func addStep(
      _ operation: StepOperation, _ operands: [GraphStep.Operand], _ spelled: String?,
      _ column: Int
    ) -> GraphStep.Operand {
      steps.append(
        GraphStep(
          name: names[steps.count], operation: operation, operands: operands,
          operandNames: operands.map(name), spelled: spelled, column: column))
      return .step(steps.count - 1)
    }

    for node in nodes {
      let operand: GraphStep.Operand
      switch node.kind {
      case .number(let value): operand = .constant(value)
      case .variable(let input): operand = .input(input)
      case .negate(let inner):
        operand = addStep(.negate, [operandOf[inner]], nil, node.column)
      case .binary(let symbol, let left, let right):
        operand = addStep(
          StepOperation(symbol: symbol), [operandOf[left], operandOf[right]], nil, node.column)
      case .call(let function, let spelled, let argument):
        operand = addStep(.function(function), [operandOf[argument]], spelled, node.column)
      }
      operandOf.append(operand)
    }
    if rootIsLeaf, let root = operandOf.last, let node = nodes.last {
      _ = addStep(.identity, [root], nil, node.column)
    }
    self.steps = steps
  }

  /// Names for `count` steps: `u, v, w, p, q, r, s, t`, then `u2, v2, …`, skipping the
  /// formula's inputs; the last is the formula's output.
  static func stepNames(count: Int, avoiding formula: Formula) -> [String] {
    guard count > 0 else { return [] }
    let taken = Set(formula.inputs + [formula.output])
    let letters = ["u", "v", "w", "p", "q", "r", "s", "t"]
    var names: [String] = []
    names.reserveCapacity(count)
    var round = 1
    while names.count < count - 1 {
      for letter in letters where names.count < count - 1 {
        let candidate = round == 1 ? letter : "\(letter)\(round)"
        if !taken.contains(candidate) { names.append(candidate) }
      }
      round += 1
    }
    names.append(formula.output)
    return names
  }

  /// Computes every step's value, left to right. Throws `unknownVariable` when an input has
  /// no value; a step whose value is not finite is `.undefined` with the reason, and so is
  /// every step that depends on it.
  public func forward(_ values: [String: Double]) throws(FormulaError) -> ForwardPass {
    try formula.checkValues(values)
    var results: [Quantity] = []
    results.reserveCapacity(steps.count)
    func value(_ operand: GraphStep.Operand) -> Quantity {
      switch operand {
      case .input(let name):
        .checked(values[name] ?? .nan, else: "\(name) is not a finite number")
      case .step(let index): results[index]
      case .constant(let value): .value(value)
      }
    }

    // Why each undefined step is undefined, naming the step where it started.
    var causes: [String?] = []
    for step in steps {
      let operands = step.operands.map(value)
      if let index = operands.firstIndex(where: { $0.number == nil }) {
        let cause: String
        if case .step(let earlier) = step.operands[index], let known = causes[earlier] {
          cause = known
        } else if case .undefined(let reason) = operands[index] {
          cause = reason
        } else {
          cause = "\(step.operandNames[index]) is undefined"
        }
        results.append(.undefined(cause))
        causes.append(cause)
        continue
      }
      let x = operands[0].number ?? .nan
      let y = operands.count > 1 ? operands[1].number ?? .nan : 0
      let why = step.operation.whyNotFinite(x, y)
      let result = Quantity.checked(step.operation.apply(x, y), else: why)
      results.append(result)
      causes.append(result.number == nil ? "\(step.name) is undefined: \(why)" : nil)
    }
    var inputs: [String: Double] = [:]
    for input in formula.inputs { inputs[input] = values[input] }
    return ForwardPass(inputs: inputs, values: results, causes: causes)
  }
}

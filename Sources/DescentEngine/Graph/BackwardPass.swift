/// The derivatives of a formula's output with respect to every step and input, found right to
/// left by the chain rule, and the edges that carried them, in the order a view shows them.
public struct BackwardPass: Equatable, Sendable {
  /// The output's name (`J`), for `dJ/da`.
  public let output: String
  /// From the output back to the inputs: the steps in reverse order, and each step's
  /// operands (constants have no edge) left to right.
  public let edges: [BackwardEdge]
  /// dJ/d(step) for each step, in the graph's order; the last is dJ/dJ = 1.
  public let stepDerivatives: [Quantity]
  /// dJ/d(input) for each of the formula's inputs.
  public let inputDerivatives: [String: Quantity]

  /// dJ/d(name) for an input or a step's name, or nil when the graph has no such name.
  public func derivative(withRespectTo name: String) -> Quantity? {
    inputDerivatives[name] ?? stepNames.firstIndex(of: name).map { stepDerivatives[$0] }
  }

  private let stepNames: [String]

  init(graph: ComputationGraph, forward: ForwardPass) {
    let steps = graph.steps
    var stepDerivatives = [Quantity](repeating: .value(0), count: steps.count)
    var inputDerivatives: [String: Quantity] = [:]
    for input in graph.formula.inputs { inputDerivatives[input] = .value(0) }
    var reached: Set<String> = []
    var edges: [BackwardEdge] = []
    if !steps.isEmpty { stepDerivatives[steps.count - 1] = .value(1) }

    for index in steps.indices.reversed() {
      let step = steps[index]
      let upstream = stepDerivatives[index]
      let values = step.operands.map(forward.value(of:))
      for (position, operand) in step.operands.enumerated() {
        if case .constant = operand { continue }
        let local: Quantity
        let x = values[0].number ?? .nan
        let y = values.count > 1 ? values[1].number ?? .nan : 0
        let computed = step.operation.localDerivative(
          at: position, x: x, y: y, result: forward.values[index].number ?? .nan)
        if forward.values[index].number != nil {
          local = computed
        } else if x.isFinite, y.isFinite, step.operation.apply(x, y).isInfinite,
          !step.operation.localDerivativeUsesResult(at: position), case .value = computed
        {
          // The step's value overflowed (not a NaN, not an undefined operand), but its
          // slope is made of the operands alone (3·v, a + u): that slope still exists, and
          // so do the derivatives through it. At a pole (1/0, log 0) the slope is infinite
          // too and stays undefined.
          local = computed
        } else {
          local = .undefined(forward.causes[index] ?? "\(step.name) is undefined")
        }
        let product = Self.multiply(upstream, local)
        let name = step.operandNames[position]
        let previous: Quantity
        switch operand {
        case .step(let earlier): previous = stepDerivatives[earlier]
        default: previous = inputDerivatives[name] ?? .value(0)
        }
        let total = Self.add(previous, product)
        switch operand {
        case .step(let earlier): stepDerivatives[earlier] = total
        default: inputDerivatives[name] = total
        }
        edges.append(
          BackwardEdge(
            step: index, operand: position, from: step.name, to: name, local: local,
            upstream: upstream, product: product, total: total,
            accumulates: reached.contains(name)))
        reached.insert(name)
      }
    }
    self.output = graph.formula.output
    self.edges = edges
    self.stepDerivatives = stepDerivatives
    self.inputDerivatives = inputDerivatives
    self.stepNames = steps.map(\.name)
  }

  /// upstream · local; an undefined factor passes its reason on, so every derivative that
  /// depends on it names the original cause.
  private static func multiply(_ upstream: Quantity, _ local: Quantity) -> Quantity {
    switch (upstream, local) {
    case (.value(let u), .value(let l)): .checked(u * l, else: "the product is too large")
    case (.undefined, _): upstream
    case (_, .undefined): local
    }
  }

  private static func add(_ previous: Quantity, _ product: Quantity) -> Quantity {
    switch (previous, product) {
    case (.value(let p), .value(let q)): .checked(p + q, else: "the sum is too large")
    case (.undefined, _): previous
    case (_, .undefined): product
    }
  }
}

extension ComputationGraph {
  /// Runs the chain rule from the output back to the inputs. A pure function of the forward
  /// pass: running it again gives the same numbers.
  public func backward(_ forward: ForwardPass) -> BackwardPass {
    BackwardPass(graph: self, forward: forward)
  }
}

/// A parsed formula such as `J = 3*(a + b*c)`: its output's name, its inputs, and the
/// operations between them.
///
/// ```swift
/// let formula = try Formula.parse("J = 3*(a + b*c)")
/// formula.output                                   // "J"
/// formula.inputs                                   // ["a", "b", "c"]
/// try formula.evaluate(["a": 5, "b": 3, "c": 2])   // 33
/// ```
public struct Formula: Equatable, Sendable {
  /// How many parentheses or function calls may be nested inside each other.
  public static let maximumNesting = 200

  /// The text as given.
  public let source: String
  /// The name before `=`, or `f` when the formula does not name its output.
  public let output: String
  /// Whether the text names its output (`J = …`).
  public let namesOutput: Bool
  /// The variables, in the order they first appear.
  public let inputs: [String]

  /// The operations, each after the ones it uses; the last is the whole right-hand side.
  let nodes: [FormulaNode]

  /// Reads a formula. Numbers, names, `+ - * / ^`, parentheses, unary minus and the
  /// functions `exp`, `log` (natural), `sqrt`, `sin`, `cos`, `tanh`, `sigmoid` (or `σ`).
  public static func parse(_ text: String) throws(FormulaError) -> Formula {
    var parser = try FormulaParser(source: text)
    let outputName = try parser.parseOutputName()
    _ = try parser.parseWhole()
    return try Formula(source: text, output: outputName, nodes: parser.nodes)
  }

  private init(source: String, output: String?, nodes: [FormulaNode]) throws(FormulaError) {
    var inputs: [String] = []
    var seen: Set<String> = []
    for node in nodes {
      guard case .variable(let name) = node.kind, !seen.contains(name) else { continue }
      if name == output {
        throw FormulaError(.outputIsInput(name), column: node.column, source: source)
      }
      seen.insert(name)
      inputs.append(name)
    }
    self.source = source
    self.output = output ?? "f"
    self.namesOutput = output != nil
    self.inputs = inputs
    self.nodes = nodes
  }

  /// The formula as `output = right-hand side`, adding `f = ` when the text has no name.
  public var equation: String {
    namesOutput ? source.trimmingSpaces : "\(output) = \(source.trimmingSpaces)"
  }

  /// The column where `input` first appears, or nil when it is not an input.
  public func column(of input: String) -> Int? {
    for node in nodes {
      if case .variable(let name) = node.kind, name == input { return node.column }
    }
    return nil
  }

  /// Throws `unknownVariable` for the first input, in order of appearance, with no value.
  public func checkValues(_ values: [String: Double]) throws(FormulaError) {
    for input in inputs where values[input] == nil {
      throw FormulaError(.unknownVariable(input), column: column(of: input) ?? 1, source: source)
    }
  }

  /// The formula's value for these inputs, which may be NaN or infinite (`log(0)`); the
  /// computation graph says in words where such a value comes from.
  public func evaluate(_ values: [String: Double]) throws(FormulaError) -> Double {
    try checkValues(values)
    var results = [Double](repeating: 0, count: nodes.count)
    for (index, node) in nodes.enumerated() {
      switch node.kind {
      case .number(let value): results[index] = value
      case .variable(let name): results[index] = values[name] ?? .nan
      case .negate(let operand): results[index] = -results[operand]
      case .binary(let operation, let left, let right):
        results[index] = StepOperation(symbol: operation).apply(results[left], results[right])
      case .call(let function, _, let argument): results[index] = function.apply(results[argument])
      }
    }
    return results.last ?? .nan
  }
}

extension String {
  var trimmingSpaces: String {
    var text = Substring(self)
    while text.first == " " || text.first == "\t" { text = text.dropFirst() }
    while text.last == " " || text.last == "\t" { text = text.dropLast() }
    return String(text)
  }
}

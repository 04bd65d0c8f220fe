import Foundation

extension ReplSession {
  /// `NAME = EXPRESSION`: a number when the expression names nothing, a live formula when it
  /// does.
  mutating func assign(
    _ name: ReplWord, _ expression: ReplWord, line: String
  ) throws(ReplError) -> [String] {
    if ReplStatementParser.commands.contains(name.text) || name.text == "α" {
      let hint =
        name.text == "alpha" || name.text == "α"
        ? "to set the learning rate write: alpha \(expression.text.trimmed)"
        : "pick another name"
      throw ReplError(column: name.column, "'\(name.text)' is a command, not a name; \(hint)")
    }
    let formula = try Self.parse(line)

    guard !formula.inputs.isEmpty else {
      let value = try Self.value(of: ComputationGraph(formula), [:])
      guard let number = value.number else {
        throw ReplError(column: expression.column, "\(name.text) would be \(value)")
      }
      workspace.bind(name.text, to: .number(number))
      return ["\(name.text) = \(formatNumber(number))"]
    }

    for input in formula.inputs where workspace.uses(input, name.text) {
      throw ReplError(
        column: formula.column(of: input) ?? expression.column,
        "\(name.text) cannot use \(input), because \(input) already uses \(name.text)")
    }
    workspace.bind(name.text, to: .formula(formula, expression: expression.text.trimmed))
    let missing = workspace.missing(for: formula.inputs)
    guard missing.isEmpty else {
      return ["\(name.text) is defined; set \(Self.list(missing)) to compute it"]
    }
    return ["\(name.text) = \(try value(of: name.text).description)"]
  }

  /// A bare expression's value.
  func evaluate(_ line: String) throws(ReplError) -> String {
    let formula = try Self.parse(line)
    for input in formula.inputs {
      try checkReady(input, column: formula.column(of: input) ?? 1)
    }
    let expanded = try relocated(to: 1) { () throws(ReplError) in
      try workspace.expanded(formula, expression: line.trimmed, output: formula.output)
    }
    return try Self.value(of: ComputationGraph(expanded), workspace.numbers).description
  }

  /// `dJ/da = …` for each input of the formula, from the backward pass.
  func grad(_ name: ReplWord) throws(ReplError) -> [String] {
    let graph = ComputationGraph(try readyFormula(name))
    let forward = try Self.forward(graph, workspace.numbers)
    let backward = graph.backward(forward)
    return graph.formula.inputs.map { input in
      let derivative = backward.derivative(withRespectTo: input) ?? .value(0)
      return "d\(name.text)/d\(input) = \(derivative.description)"
    }
  }

  /// The value a formula has now, from its forward pass.
  func value(of name: String) throws(ReplError) -> Quantity {
    let formula = try readyFormula(ReplWord(name, column: 1))
    return try Self.value(of: ComputationGraph(formula), workspace.numbers)
  }

  /// The formula named by `word`, with the formulas it uses put in, once every name it needs
  /// has a value.
  func readyFormula(_ word: ReplWord) throws(ReplError) -> Formula {
    switch workspace.bindings[word.text] {
    case nil:
      throw ReplError(
        column: word.column,
        "no formula named '\(word.text)'; define one first, as in: J = 3*(a + b*c)")
    case .number:
      throw ReplError(
        column: word.column,
        "'\(word.text)' is a number, not a formula; define one, as in: J = 3*\(word.text)")
    case .formula(let formula, let expression):
      try checkReady(word.text, column: word.column)
      return try relocated(to: word.column) { () throws(ReplError) in
        try workspace.expanded(formula, expression: expression, output: word.text)
      }
    }
  }

  /// Throws unless `name` has a value or is a formula whose names all have values.
  func checkReady(_ name: String, column: Int) throws(ReplError) {
    let missing = workspace.missing(for: [name])
    guard let first = missing.first else { return }
    if missing == [name] {
      throw ReplError(
        column: column, "'\(name)' has no value yet; set it first, as in: \(name) = 1")
    }
    let verb = missing.count == 1 ? "has" : "have"
    throw ReplError(
      column: column,
      "\(name) needs \(Self.list(missing)), which \(verb) no value yet"
        + (missing.count == 1 ? "; set it first, as in: \(first) = 1" : ""))
  }

  /// Runs `body`, moving any error it throws to `column`.
  func relocated<T>(to column: Int, _ body: () throws(ReplError) -> T) throws(ReplError) -> T {
    do {
      return try body()
    } catch {
      throw ReplError(column: column, error.message)
    }
  }

  static func parse(_ line: String) throws(ReplError) -> Formula {
    do {
      return try Formula.parse(line)
    } catch {
      throw ReplError(column: error.column, error.message)
    }
  }

  static func forward(
    _ graph: ComputationGraph, _ values: [String: Double]
  ) throws(ReplError) -> ForwardPass {
    do {
      return try graph.forward(values)
    } catch {
      throw ReplError(column: 1, error.message)
    }
  }

  static func value(
    of graph: ComputationGraph, _ values: [String: Double]
  ) throws(ReplError) -> Quantity {
    try forward(graph, values).output
  }
}

extension String {
  var trimmed: String { trimmingCharacters(in: .whitespaces) }
}

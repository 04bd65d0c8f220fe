/// The names a REPL session has defined: numbers, and formulas that stay live.
///
/// A formula is kept as written and evaluated when asked for, with the numbers its names have
/// then, so `J = 3*(a + b*c)` follows every later change of `a`. A formula may use other
/// formulas (`v = a + u`, `J = 3*v`); they are put in, each in parentheses, when `J` is used,
/// so `J`'s inputs are always numbers. A definition that would make a name depend on itself
/// is refused, so the formulas never form a loop.
struct ReplWorkspace: Sendable {
  enum Binding: Equatable, Sendable {
    case number(Double)
    /// The parsed definition, with its right-hand side as typed.
    case formula(Formula, expression: String)
  }

  /// The longest a formula may grow once the formulas it uses are put in: formulas that use
  /// each other several times over could otherwise grow without bound.
  static let maximumExpandedLength = 20_000

  private(set) var bindings: [String: Binding] = [:]
  /// Names in the order they were first defined, for `vars`.
  private(set) var order: [String] = []

  mutating func bind(_ name: String, to binding: Binding) {
    if bindings[name] == nil { order.append(name) }
    bindings[name] = binding
  }

  /// The numbers, as the inputs of a formula take them.
  var numbers: [String: Double] {
    bindings.compactMapValues { binding in
      if case .number(let value) = binding { return value }
      return nil
    }
  }

  /// Whether `name` is `target` or uses it, directly or through other formulas.
  func uses(_ name: String, _ target: String) -> Bool {
    var seen: Set<String> = []
    var pending = [name]
    while let next = pending.popLast() {
      if next == target { return true }
      guard seen.insert(next).inserted else { continue }
      if case .formula(let formula, _) = bindings[next] {
        pending.append(contentsOf: formula.inputs)
      }
    }
    return false
  }

  /// The text of `name`'s right-hand side with every formula it uses put in, in parentheses.
  func expandedExpression(of name: String) throws(ReplError) -> String {
    var cache: [String: String] = [:]
    return try expand(name, cache: &cache) ?? name
  }

  /// `formula` with every formula it uses put in, named `output`.
  func expanded(_ formula: Formula, expression: String, output: String) throws(ReplError)
    -> Formula
  {
    var cache: [String: String] = [:]
    var replacements: [String: String] = [:]
    for input in formula.inputs {
      if let text = try expand(input, cache: &cache) { replacements[input] = "(\(text))" }
    }
    let text = "\(output) = " + ReplNames.substitute(expression, replacements)
    guard text.count <= Self.maximumExpandedLength else {
      throw ReplError(
        column: 1,
        "with the formulas it uses put in, this is over \(Self.maximumExpandedLength) characters")
    }
    do {
      return try Formula.parse(text)
    } catch {
      throw ReplError(column: 1, "cannot put the formulas in: \(error.message)")
    }
  }

  /// The expanded right-hand side of a formula, or nil when `name` is not a formula.
  private func expand(_ name: String, cache: inout [String: String]) throws(ReplError) -> String? {
    guard case .formula(let formula, let expression) = bindings[name] else { return nil }
    if let done = cache[name] { return done }
    var replacements: [String: String] = [:]
    for input in formula.inputs {
      if let text = try expand(input, cache: &cache) { replacements[input] = "(\(text))" }
    }
    let text = ReplNames.substitute(expression, replacements)
    guard text.count <= Self.maximumExpandedLength else {
      throw ReplError(
        column: 1,
        "with the formulas it uses put in, \(name) is over \(Self.maximumExpandedLength) characters"
      )
    }
    cache[name] = text
    return text
  }

  /// The names that `name` needs and that have no value yet, in order of appearance.
  func missing(for inputs: [String]) -> [String] {
    var result: [String] = []
    var seen: Set<String> = []
    func visit(_ name: String) {
      guard seen.insert(name).inserted else { return }
      switch bindings[name] {
      case .number: break
      case .formula(let formula, _): formula.inputs.forEach(visit)
      case nil: result.append(name)
      }
    }
    inputs.forEach(visit)
    return result
  }
}

import Foundation

/// A REPL session: the names defined so far, the model being trained, and the statements
/// that act on them. Pure: it reads lines and returns lines, and a terminal, a pipe or a test
/// drives it alike.
///
/// What an assignment means:
/// - `a = 5`, `eps = 1e-3`, `n = 2^10`: a right side that names nothing is worked out now
///   and `a` becomes that number.
/// - `J = 3*(a + b*c)`: a right side that names anything defines a formula, which stays live:
///   `J` is worked out each time it is used, with the numbers its names have then. Its names
///   need not have values yet; using `J` before they do says which are missing.
/// - A formula may use other formulas (`u = b*c`, `v = a + u`, `J = 3*v`); they are put in
///   when `J` is used, so `grad J` gives dJ/da, dJ/db and dJ/dc. A formula cannot use itself,
///   directly or through others.
/// - Assigning to a name again replaces what it was: a number can become a formula and back.
///   Formulas that use the name follow the change.
/// - Command words (`train`, `alpha`, …) and function names (`exp`, `σ`, …) are not names.
public struct ReplSession: Sendable {
  var workspace = ReplWorkspace()
  var model: ReplModel
  /// Asked now and then during a long `train`; true stops it where it is. A terminal front
  /// end sets it to notice Ctrl-C.
  public var shouldStop: @Sendable () -> Bool = { false }

  /// - Parameter dataDirectory: where `data digits` and `data breast-cancer` find their files;
  ///   nil looks for `lessons/data` the usual way.
  public init(dataDirectory: URL? = nil) {
    model = ReplModel(dataDirectory: dataDirectory)
  }

  /// Parses and runs one line. A refused line changes nothing.
  public mutating func run(_ line: String) -> ReplOutcome {
    let text = line.hasSuffix("\r") ? String(line.dropLast()) : line
    do {
      return try run(try ReplStatementParser.parse(text), line: text)
    } catch {
      return .failed(error)
    }
  }

  /// Runs a statement already parsed from `line`.
  public mutating func run(
    _ statement: ReplStatement, line: String
  ) throws(ReplError) -> ReplOutcome {
    let saved = workspace
    do {
      return try perform(statement, line: line)
    } catch {
      workspace = saved
      throw error
    }
  }

  /// Runs a statement; a statement that throws may have changed the workspace, which
  /// `run(_:line:)` puts back.
  private mutating func perform(
    _ statement: ReplStatement, line: String
  ) throws(ReplError) -> ReplOutcome {
    switch statement {
    case .nothing: return .printed([])
    case .assign(let name, let expression):
      return .printed(try assign(name, expression, line: line))
    case .evaluate: return .printed([try evaluate(line)])
    case .grad(let name): return .printed(try grad(name))
    case .graph(let name): return .printed(try graph(name))
    case .nudge(let formula, let input, let epsilon):
      return .printed(try nudge(formula, input: input, epsilon: epsilon))
    case .data(let choice, let column): return .printed(try model.load(choice, column: column))
    case .alpha(let value): return .printed(model.alpha(value))
    case .train(let steps): return .printed(try model.train(steps, shouldStop: shouldStop))
    case .cost: return .printed(try model.cost())
    case .accuracy: return .printed(try model.accuracy())
    case .reset: return .printed(try model.reset())
    case .vars: return .printed(vars())
    case .help(let topic): return .printed(try ReplHelp.text(for: topic))
    case .quit: return .quit
    }
  }

  /// The number `name` holds now, or nil when it is a formula or not defined: how a front end
  /// that shows the same names follows an assignment.
  public func number(named name: String) -> Double? {
    guard case .number(let value) = workspace.bindings[name] else { return nil }
    return value
  }

  /// Every name with its value or definition, then the model's state.
  func vars() -> [String] {
    var lines: [String] = []
    for name in workspace.order {
      switch workspace.bindings[name] {
      case .number(let value): lines.append("\(name) = \(formatNumber(value))")
      case .formula(let formula, let expression):
        let definition = "\(name) = \(expression)"
        lines.append(definition + "   " + currentValue(of: name, formula))
      case nil: break
      }
    }
    if lines.isEmpty { lines.append("no names defined yet; try a = 5, then J = 3*a") }
    return lines + model.summary()
  }

  /// `(now 33)`, or what the formula still needs.
  private func currentValue(of name: String, _ formula: Formula) -> String {
    let missing = workspace.missing(for: formula.inputs)
    guard missing.isEmpty else { return "(set \(Self.list(missing)) to compute it)" }
    guard let value = try? value(of: name) else { return "" }
    switch value {
    case .value: return "(now \(value.description))"
    // `(now undefined: log(0) is minus infinity)`, without parentheses in parentheses.
    case .undefined(let reason): return "(now undefined: \(reason))"
    }
  }

  /// `a`, `a and b`, `a, b and c`.
  static func list(_ names: [String]) -> String {
    guard names.count > 1, let last = names.last else { return names.first ?? "" }
    return names.dropLast().joined(separator: ", ") + " and " + last
  }
}

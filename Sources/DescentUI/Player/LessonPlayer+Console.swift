import DescentEngine

/// The `:` line of the tutor: the statements of `descent repl`, acting on the step on screen.
///
/// - A playground keeps its own `:` line, acting on its trainer; the player routes `:` to it.
/// - On a graph or nudge step the session is given the step's formula and its inputs' values
///   when the line opens, so `grad J` works at once; assigning an input (`a = 6`) moves the
///   widget too.
/// - On a bowl step, `alpha 0.5` sets the bowl's α.
/// - Everything else runs on the tutor's own session, whose names last for the whole run.
extension LessonPlayer {
  /// What the panel says, on opening, about a step whose widget takes only some statements.
  static let bowlNote = "here alpha sets the bowl's α; other statements use the tutor's names"

  /// Opens the line, first putting the names of the step's formula in the session.
  mutating func openConsole() {
    if let explorer = widget?.view as? any FormulaExploring, let equation = explorer.equation {
      let values = explorer.inputValues.map { "\($0.name) = \(Self.exact($0.value))" }
      console.define(
        values + [equation],
        note: "on this step: \(equation) with \(values.joined(separator: ", "))")
    } else if widget?.view is BowlView {
      console.note(Self.bowlNote)
    }
    console.open()
  }

  /// A key for the open line.
  mutating func consoleKey(_ key: Key) -> ViewResponse {
    var console = self.console
    _ = console.handle(key) { session, statement, line throws(ReplError) in
      try self.carryOut(statement, line: line, in: &session)
    }
    self.console = console
    return .continue
  }

  /// Runs a statement on the session, or on the step's widget when it acts on it.
  private mutating func carryOut(
    _ statement: ReplStatement, line: String, in session: inout ReplSession
  ) throws(ReplError) -> ReplOutcome {
    if case .alpha(let value) = statement, var bowl = widget?.view as? BowlView {
      if let value { bowl.setLearningRate(value) }
      widget?.view = bowl
      return .printed(["α = \(formatNumber(bowl.learningRate)) (the bowl's)"])
    }
    guard case .assign(let name, let expression) = statement,
      var explorer = widget?.view as? any FormulaExploring,
      let old = explorer.inputValues.first(where: { $0.name == name.text })
    else {
      return try session.run(statement, line: line)
    }

    let outcome = try session.run(statement, line: line)
    let restore = "\(name.text) = \(Self.exact(old.value))"
    guard let value = session.number(named: name.text) else {
      _ = session.run(restore)
      throw ReplError(
        column: expression.column,
        "\(name.text) is an input of the formula on screen: give it a number, as in: "
          + restore)
    }
    if let refusal = explorer.setInput(name.text, to: value) {
      _ = session.run(restore)
      throw ReplError(column: expression.column, refusal)
    }
    widget?.view = explorer
    return outcome
  }

  /// `value` written so that reading it back gives the same number: short when it can be.
  static func exact(_ value: Double) -> String {
    let short = formatNumber(value)
    return Double(short) == value ? short : "\(value)"
  }

  /// The panel over the foot of the step, while the line is open: as tall as its lines
  /// need, from 8 rows up to all but the top 4 of the body.
  func renderConsole(on body: Canvas) {
    guard console.isOpen else { return }
    let needed = console.lines.count + 3
    let rows = min(body.rows, max(8, min(needed, body.rows - 4)))
    console.render(
      on: body.region(row: body.rows - rows, column: 0, rows: rows, columns: body.columns))
  }
}

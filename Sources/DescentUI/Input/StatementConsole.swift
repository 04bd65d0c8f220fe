import DescentEngine

/// The `:` command line of the tutor: an input line that takes the statements of
/// `descent repl`, and a panel of their results above it.
///
/// Statements act on what the hosting view shows. A view that owns a trainer passes it to
/// `handle(_:on:)`: `alpha 0.05` changes its α, `train 100` steps it, `reset` resets it. A
/// view that carries out some statements itself passes a `Runner` to `handle(_:running:)`.
/// Names defined with `a = 5` or `J = 3*a` live as long as the console; a view can put its
/// own names in with `define(_:note:)`. Esc, or Enter on an empty line, closes it.
public struct StatementConsole: Sendable {
  /// How many result lines the panel keeps.
  public static let keptLines = 200

  public private(set) var input: InputLine?
  /// What statements printed, oldest first; errors carry a caret line under the statement.
  public private(set) var lines: [Line] = []
  public private(set) var session: ReplSession

  /// One line of the panel.
  public struct Line: Sendable, Equatable {
    public var text: String
    public var style: Style
  }

  public enum Outcome: Sendable, Equatable {
    /// Still typing, or a statement was refused and the line stays open.
    case editing
    /// A statement ran; the view may want to react (redraw, pause, mark the curve).
    case ran(ReplStatement)
    /// Esc, Enter on an empty line, or `quit`: the console closed.
    case closed
  }

  public init(session: ReplSession = ReplSession()) {
    self.session = session
  }

  public var isOpen: Bool { input != nil }

  /// Opens the line, keeping what earlier statements printed and the line's history.
  public mutating func open() {
    input = InputLine(prompt: ":", history: input?.history ?? history)
  }

  private var history: [String] = []

  /// Carries out a statement parsed from a line, given the console's session: the session's
  /// own `run`, or a view's way of acting on some statements itself. A thrown error is shown
  /// with a caret under its column, and the line stays open to be mended.
  public typealias Runner = (inout ReplSession, ReplStatement, String) throws(ReplError) ->
    ReplOutcome

  /// Handles a key while the console is open; a submitted statement runs on `trainer`.
  public mutating func handle(_ key: Key, on trainer: inout Trainer) -> Outcome {
    handle(key) { session, statement, line throws(ReplError) in
      try session.run(statement, line: line, on: &trainer)
    }
  }

  /// Handles a key while the console is open; a submitted statement is carried out by `run`.
  public mutating func handle(_ key: Key, running run: Runner) -> Outcome {
    guard var line = input else { return .closed }
    switch line.handle(key) {
    case .editing:
      input = line
      return .editing
    case .cancelled:
      close(keeping: line)
      return .closed
    case .submitted(let text):
      guard !text.allSatisfy(\.isWhitespace) else {
        close(keeping: line)
        return .closed
      }
      return submit(text, line: line, running: run)
    }
  }

  private mutating func submit(_ text: String, line: InputLine, running run: Runner) -> Outcome {
    append(":" + text, .strong)
    let statement: ReplStatement
    do throws(ReplError) {
      statement = try ReplStatementParser.parse(text)
      switch try run(&session, statement, text) {
      case .printed(let printed):
        printed.forEach { append($0, .plain) }
      case .quit:
        close(keeping: line)
        return .closed
      case .failed(let error):
        throw error
      }
    } catch {
      // The statement stays on the line to be mended; the caret sits under the spot.
      append(" " + error.caret, .bad)
      append(error.description, .bad)
      var refused = line
      refused.refuse(error.description)
      input = refused
      return .editing
    }
    input = InputLine(prompt: ":", history: line.history)
    return .ran(statement)
  }

  /// Runs `statements` (`a = 5`, `J = 3*(a + b*c)`) on the session without echoing them,
  /// and shows `note` faint in the panel, if given; a statement that fails shows its error.
  /// How a view puts the names it shows into the session.
  public mutating func define(_ statements: [String], note: String? = nil) {
    if let note { self.note(note) }
    for statement in statements {
      if case .failed(let error) = session.run(statement) {
        append("cannot define \(statement): \(error.message)", .bad)
      }
    }
  }

  /// Shows `text` faint in the panel (a word on what the statements act on here), unless it
  /// is the panel's last line already.
  public mutating func note(_ text: String) {
    guard lines.last != Line(text: text, style: .faint) else { return }
    append(text, .faint)
  }

  private mutating func close(keeping line: InputLine) {
    history = line.history
    input = nil
  }

  private mutating func append(_ text: String, _ style: Style) {
    lines.append(Line(text: text, style: style))
    if lines.count > Self.keptLines { lines.removeFirst(lines.count - Self.keptLines) }
  }

  /// Draws the panel on `canvas`: a box with the latest results, the input line at its foot.
  public func render(on canvas: Canvas) {
    guard let input, canvas.rows >= 3 else { return }
    canvas.blankAll()
    canvas.box(title: "statements (help lists them; Esc closes)")
    let inside = canvas.inside
    let room = max(inside.rows - 1, 0)
    for (row, line) in lines.suffix(room).enumerated() {
      inside.put(line.text, row: row, column: 0, style: line.style)
    }
    input.render(on: inside, row: inside.rows - 1)
  }
}

import DescentEngine

/// A formula's computation graph, stepped by the student: first the forward pass, one step
/// at a time from left to right, then the backward pass, one chain-rule edge at a time from
/// right to left,
///
/// ```
/// dJ/db = dJ/du · du/db = 3 · 2 = 6
/// ```
///
/// The inputs can be edited (everything shown follows), and a leaf can be nudged by
/// ε = 0.001 to see the output move by the derivative times the nudge: J 33 → 33.006 for
/// b += 0.001, as dJ/db = 6 says.
public struct GraphExplorer: View {
  /// What the lesson asked for.
  public let widget: GraphWidget
  /// The graph, or nil when the formula cannot be read.
  public let graph: ComputationGraph?
  /// The inputs' values now.
  public private(set) var values: [String: Double]
  /// How many steps of the passes are shown: 0 is none, `graph.steps.count` is the whole
  /// forward pass, `passLength` is the whole backward pass too.
  public internal(set) var progress = 0
  /// Which input Tab, a letter, `=`, `+` and `-` act on, as an index into the inputs.
  public private(set) var selected = 0
  /// Both passes at the current values.
  public private(set) var report: GraphReport?
  /// The last nudge of a leaf and its direction (+1 or −1), until the next key.
  public private(set) var nudge: (result: NudgeResult, direction: Double)?
  /// Why the widget cannot show the lesson's graph, in words, or nil.
  public private(set) var problem: String?
  /// Why the last key did nothing useful, until the next key.
  public private(set) var message: String?
  var entry: InputLine?

  public init(_ widget: GraphWidget) {
    self.widget = widget
    values = widget.values.byName
    (graph, problem) = readWidgetFormula(widget.formula)
    guard graph != nil else { return }
    recompute()
  }

  /// The formula's inputs in order of appearance.
  public var inputs: [String] { graph?.formula.inputs ?? [] }

  /// Forward steps, then backward edges.
  public var passLength: Int {
    (graph?.steps.count ?? 0) + (report?.backward.edges.count ?? 0)
  }

  /// How many forward steps have their values shown.
  public var forwardShown: Int { min(progress, graph?.steps.count ?? 0) }

  /// How many backward edges are shown.
  public var backwardShown: Int { max(progress - (graph?.steps.count ?? 0), 0) }

  public var isForwardDone: Bool { progress >= (graph?.steps.count ?? 0) }

  public var isBackwardDone: Bool { progress >= passLength }

  /// dJ/d(name) as far as the backward pass has got: nil before the first edge that reaches
  /// `name`, the running sum while a value used twice still waits for its second edge.
  public func shownDerivative(of name: String) -> Quantity? {
    guard let report, backwardShown > 0 else { return nil }
    if name == report.graph.formula.output { return .value(1) }
    let shown = report.backward.edges.prefix(backwardShown)
    return shown.last { $0.to == name }?.total
  }

  /// The value shown for a step (nil until the forward pass reaches it).
  public func shownValue(ofStep index: Int) -> Quantity? {
    guard let report, index < forwardShown else { return nil }
    return report.forward.values[index]
  }

  public var capturesText: Bool { entry != nil }

  public var frameInterval: Duration? { nil }

  public var minimumSize: Size { Size(rows: 10, columns: 56) }

  /// Keys that act on the graph, and the letters a lesson player keeps for itself (next,
  /// back, the lesson list, help, quit); an input whose name starts with one of them is
  /// chosen with Tab instead of its letter.
  static let commandKeys: Set<Character> = ["n", "p", "r", "=", "+", "-", "q", "h", "l", "L", "?"]

  public mutating func update(_ event: Event) -> ViewResponse {
    guard case .key(let key) = event else { return .continue }
    if entry != nil {
      typeKey(key)
      return .continue
    }
    message = nil
    nudge = nil
    guard problem == nil, !inputs.isEmpty else { return .continue }
    switch key {
    case .character("n"): progress = min(progress + 1, passLength)
    case .character("p"): progress = max(progress - 1, 0)
    case .character("r"): progress = 0
    case .tab: selected = (selected + 1) % inputs.count
    case .character("="):
      entry = InputLine(prompt: "\(inputs[selected]) = ")
    case .character("+"): nudgeSelected(by: 1)
    case .character("-"): nudgeSelected(by: -1)
    case .character(let letter):
      if let index = inputIndex(forLetter: letter) { selected = index }
    default: break
    }
    return .continue
  }

  /// The next input (after the selected one) whose name starts with `letter`.
  func inputIndex(forLetter letter: Character) -> Int? {
    guard !Self.commandKeys.contains(letter) else { return nil }
    let count = inputs.count
    for offset in 1...count {
      let index = (selected + offset) % count
      if inputs[index].first == letter { return index }
    }
    return nil
  }

  private mutating func typeKey(_ key: Key) {
    guard var line = entry else { return }
    let name = inputs[selected]
    switch line.handle(key) {
    case .editing:
      entry = line
    case .cancelled:
      entry = nil
    case .submitted(let text):
      let trimmed = text.split(separator: " ").joined()
      guard let value = Double(trimmed), value.isFinite else {
        let old = formatNumber(values[name] ?? 0)
        line.refuse("'\(text)' is not a number; \(name) stays \(old)")
        entry = line
        return
      }
      entry = nil
      _ = setInput(name, to: value)
    }
  }

  /// Gives input `name` the value `value`, as typing it after `=` would; both passes follow.
  /// Returns why not (a name that is not an input, a value that is not finite), or nil.
  public mutating func setInput(_ name: String, to value: Double) -> String? {
    guard inputs.contains(name) else {
      return "\(name) is not an input of \(graph?.formula.output ?? "the graph")"
    }
    guard value.isFinite else { return "\(name) must be a finite number" }
    values[name] = value
    recompute()
    return nil
  }

  private mutating func nudgeSelected(by direction: Double) {
    guard let graph else { return }
    do {
      let result = try graph.nudge(inputs[selected], by: GraphExplorer.epsilon, at: values)
      nudge = (result, direction)
    } catch {
      message = error.description
    }
  }

  /// The nudge `+` and `-` give a leaf: the lecture's 0.001.
  public static let epsilon = ComputationGraph.defaultEpsilon

  private mutating func recompute() {
    guard let graph else { return }
    do {
      report = try GraphReport(graph: graph, values: values)
    } catch {
      report = nil
      problem = error.description
    }
  }
}

import DescentEngine

/// The nudge explorer: one input `a` of a formula `f`, moved by the student, and beside it
///
/// ```
/// f(a),  f(a + ε),  (f(a + ε) − f(a)) / ε  and the exact df/da
/// ```
///
/// with f drawn and its tangent at a. ε grows and shrinks by ×10, so the ratio can be seen
/// closing in on the derivative and, far below, round-off taking over (the engine's
/// warnings say so in words).
public struct NudgeExplorer: View {
  /// What the lesson asked for.
  public let widget: NudgeWidget
  /// The input's value now.
  public private(set) var a: Double
  /// The nudge now.
  public private(set) var epsilon: Double
  /// How far ← and → move a: a tenth of the power of ten at the start (0.1 for a = 2).
  public let step: Double
  /// The nudge at the current a and ε, or nil when the formula cannot be used.
  public private(set) var result: NudgeResult?
  /// Why the widget cannot show the lesson's formula, in words, or nil.
  public private(set) var problem: String?
  /// Why the last key was refused (a move to where f is undefined), until the next key.
  public private(set) var message: String?

  let graph: ComputationGraph?
  /// The other inputs, held fixed.
  private(set) var held: [String: Double]
  /// The middle of the plotted window; it follows a only when a leaves the window.
  private(set) var centre: Double
  var entry: InputLine?
  var entryTarget = EntryTarget.input

  /// What a line being typed sets.
  enum EntryTarget {
    case input
    case epsilon
  }

  /// ε stays within these bounds: below them every nudge is lost in round-off, above them
  /// it is no longer a nudge.
  static let epsilonRange = 1e-20...100.0

  public init(_ widget: NudgeWidget) {
    self.widget = widget
    a = widget.start
    epsilon = widget.epsilon
    centre = widget.start
    let magnitude = max(abs(widget.start), 1)
    var power = 1.0
    while power * 10 <= magnitude { power *= 10 }
    step = power / 10
    held = widget.values.byName
    (graph, problem) = readWidgetFormula(widget.formula)
    guard graph != nil else { return }
    recompute()
    if let result, case .undefined(let reason) = result.value {
      problem = "\(result.output) has no value at \(widget.input) = \(formatNumber(a)): \(reason)"
    }
  }

  /// Half the width of the plotted window of a.
  var halfWindow: Double { 1.5 * max(abs(widget.start), 2) }

  /// The window of a that is drawn.
  var window: ClosedRange<Double> { (centre - halfWindow)...(centre + halfWindow) }

  /// f at `x`, the other inputs held, or nil where it has no finite value.
  func f(_ x: Double) -> Double? {
    guard let graph else { return nil }
    var values = held
    values[widget.input] = x
    guard let value = try? graph.formula.evaluate(values), value.isFinite else { return nil }
    return value
  }

  public var capturesText: Bool { entry != nil }

  public var frameInterval: Duration? { nil }

  public var minimumSize: Size { Size(rows: 10, columns: 56) }

  public mutating func update(_ event: Event) -> ViewResponse {
    guard case .key(let key) = event else { return .continue }
    if entry != nil {
      typeKey(key)
      return .continue
    }
    message = nil
    guard problem == nil else { return .continue }
    switch key {
    case .left: move(to: Self.tidy(a - step))
    case .right: move(to: Self.tidy(a + step))
    case .character("]"): setEpsilon(Self.tidy(epsilon * 10))
    case .character("["): setEpsilon(Self.tidy(epsilon / 10))
    case .character("="), .character(inputKey ?? "="):
      entryTarget = .input
      entry = InputLine(prompt: "\(widget.input) = ")
    case .character("e"):
      entryTarget = .epsilon
      entry = InputLine(prompt: "ε = ")
    case .character("r"):
      a = widget.start
      epsilon = widget.epsilon
      centre = widget.start
      recompute()
    default: break
    }
    return .continue
  }

  /// The input's own letter also opens the typed value, when it is one letter that no other
  /// key of the explorer, and none a lesson player keeps (next, back, list, help, quit), uses.
  var inputKey: Character? {
    guard widget.input.count == 1, let letter = widget.input.first,
      !["e", "r", "q", "h", "l", "L", "?"].contains(letter)
    else { return nil }
    return letter
  }

  private mutating func typeKey(_ key: Key) {
    guard var line = entry else { return }
    switch line.handle(key) {
    case .editing:
      entry = line
    case .cancelled:
      entry = nil
    case .submitted(let text):
      let trimmed = text.split(separator: " ").joined()
      guard let value = Double(trimmed), value.isFinite else {
        line.refuse("'\(text)' is not a number; the value stays \(formatNumber(current))")
        entry = line
        return
      }
      let refusal =
        entryTarget == .input ? refusalToMove(to: value) : refusalOfEpsilon(value)
      if let refusal {
        line.refuse(refusal)
        entry = line
        return
      }
      entry = nil
      if entryTarget == .input { move(to: value) } else { setEpsilon(value) }
    }
  }

  /// The value the open line would replace.
  private var current: Double { entryTarget == .input ? a : epsilon }

  private func refusalToMove(to value: Double) -> String? {
    guard let graph else { return nil }
    var values = held
    values[widget.input] = value
    guard let forward = try? graph.forward(values) else { return nil }
    if case .undefined(let reason) = forward.output {
      return "\(graph.formula.output) has no value at \(widget.input) = \(formatNumber(value)): "
        + "\(reason); \(widget.input) stays \(formatNumber(a))"
    }
    return nil
  }

  private func refusalOfEpsilon(_ value: Double) -> String? {
    guard Self.epsilonRange.contains(value) else {
      return "ε must be between \(formatNumber(Self.epsilonRange.lowerBound)) and "
        + "\(formatNumber(Self.epsilonRange.upperBound)); it stays \(formatNumber(epsilon))"
    }
    return nil
  }

  private mutating func move(to value: Double) {
    if let refusal = refusalToMove(to: value) {
      message = refusal
      return
    }
    a = value
    if !window.contains(a) || abs(a - centre) > 0.8 * halfWindow { centre = a }
    recompute()
  }

  /// Gives input `name` the value `value`: the nudged input moves there, as typing it would;
  /// another input is held at the new value. Returns why not (f has no value there, a name
  /// that is not an input), or nil.
  public mutating func setInput(_ name: String, to value: Double) -> String? {
    guard let graph, graph.formula.inputs.contains(name) else {
      return "\(name) is not an input of \(graph?.formula.output ?? "the formula")"
    }
    guard value.isFinite else { return "\(name) must be a finite number" }
    if name == widget.input {
      if let refusal = refusalToMove(to: value) { return refusal }
      move(to: value)
      return nil
    }
    var values = held
    values[widget.input] = a
    values[name] = value
    if let forward = try? graph.forward(values), case .undefined(let reason) = forward.output {
      return "\(graph.formula.output) has no value at \(name) = \(formatNumber(value)): "
        + "\(reason); \(name) stays \(formatNumber(held[name] ?? 0))"
    }
    held[name] = value
    recompute()
    return nil
  }

  private mutating func setEpsilon(_ value: Double) {
    if let refusal = refusalOfEpsilon(value) {
      message = refusal
      return
    }
    epsilon = value
    recompute()
  }

  private mutating func recompute() {
    guard let graph else { return }
    var values = held
    values[widget.input] = a
    do {
      result = try graph.nudge(widget.input, by: epsilon, at: values)
    } catch {
      result = nil
      problem = error.description
    }
  }

  /// `x` without the float noise of repeated steps: 2.3, not 2.3000000000000003.
  static func tidy(_ x: Double) -> Double {
    Double(formatNumber(x, significantDigits: 12)) ?? x
  }
}

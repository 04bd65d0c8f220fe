/// The interactive part of a step, with the parameters the lesson gave it.
///
/// Every widget carries the line of its `::: name` in the lesson file, so a view can point at
/// the source when something the lesson asked for cannot be done.
public enum Widget: Sendable, Equatable {
  /// Nudge one input of a formula by ε and compare the ratio with the derivative.
  case nudge(NudgeWidget)
  /// A formula's computation graph, stepped forwards and then backwards.
  case graph(GraphWidget)
  /// A point sliding down a one-weight convex cost.
  case bowl(BowlWidget)
  /// The training playground on a data set.
  case playground(PlaygroundWidget)
  /// One 8×8 image beside its 64 numbers, or the trained weights as an 8×8 heat map.
  case image(ImageWidget)
  /// A question with numbered choices, one right, each explained.
  case poll(Poll)

  /// The directive name that opens this widget in a lesson file (`nudge`, `graph`, …).
  public var directive: String {
    switch self {
    case .nudge: "nudge"
    case .graph: "graph"
    case .bowl: "bowl"
    case .playground: "playground"
    case .image: "image"
    case .poll: "poll"
    }
  }

  /// The 1-based line of the widget's `::: name` in the lesson file.
  public var line: Int {
    switch self {
    case .nudge(let widget): widget.line
    case .graph(let widget): widget.line
    case .bowl(let widget): widget.line
    case .playground(let widget): widget.line
    case .image(let widget): widget.line
    case .poll(let poll): poll.line
    }
  }
}

/// A name given a number, as in `a = 5`.
public struct NamedValue: Sendable, Equatable {
  public var name: String
  public var value: Double

  public init(name: String, value: Double) {
    self.name = name
    self.value = value
  }
}

extension Array where Element == NamedValue {
  /// The values by name, the last one winning if a name comes twice.
  public var byName: [String: Double] {
    Dictionary(map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
  }
}

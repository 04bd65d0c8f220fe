import DescentEngine

/// The cost J(w) of a bowl and its slope: the engine's parabola, or a lesson's formula in
/// one weight run through the computation graph.
enum BowlCost {
  case parabola(Bowl)
  case formula(ComputationGraph, weight: String)

  /// Why a lesson's cost cannot be drawn.
  struct Problem: Error, CustomStringConvertible {
    var description: String
  }

  init(_ cost: BowlWidget.Cost) throws(Problem) {
    switch cost {
    case .parabola(let centre, let curvature):
      guard curvature > 0, curvature.isFinite, centre.isFinite else {
        throw Problem(description: "a bowl needs a finite centre and a positive curvature")
      }
      self = .parabola(Bowl(centre: centre, curvature: curvature))
    case .formula(let text):
      let graph: ComputationGraph
      do {
        graph = try ComputationGraph(parsing: text)
      } catch {
        throw Problem(description: "the cost '\(text)' cannot be read: \(error)")
      }
      guard graph.formula.inputs.count == 1, let weight = graph.formula.inputs.first else {
        throw Problem(description: "the cost '\(text)' must use exactly one weight, such as w")
      }
      self = .formula(graph, weight: weight)
    }
  }

  /// The weight's name, `w` for a parabola.
  var weight: String {
    switch self {
    case .parabola: "w"
    case .formula(_, let weight): weight
    }
  }

  /// `J(w) = (w − 3)²`, or the lesson's formula.
  var equation: String {
    switch self {
    case .parabola(let bowl):
      let factor = bowl.curvature == 1 ? "" : formatNumber(bowl.curvature)
      let shift =
        bowl.centre == 0
        ? "w"
        : bowl.centre > 0
          ? "(w − \(formatNumber(bowl.centre)))" : "(w + \(formatNumber(-bowl.centre)))"
      return "J(w) = \(factor)\(shift)²"
    case .formula(let graph, _): return graph.formula.equation
    }
  }

  /// The output's name, `J` for a parabola.
  var output: String {
    switch self {
    case .parabola: "J"
    case .formula(let graph, _): graph.formula.output
    }
  }

  /// J(w), or nil where it has no finite value.
  func value(at w: Double) -> Double? {
    switch self {
    case .parabola(let bowl):
      let value = bowl.cost(at: w)
      return value.isFinite ? value : nil
    case .formula(let graph, let weight):
      return (try? graph.forward([weight: w]))?.output.number
    }
  }

  /// dJ/dw at w, or nil where it has none.
  func slope(at w: Double) -> Double? {
    switch self {
    case .parabola(let bowl):
      let slope = bowl.slope(at: w)
      return slope.isFinite ? slope : nil
    case .formula(let graph, let weight):
      guard let forward = try? graph.forward([weight: w]) else { return nil }
      return graph.backward(forward).derivative(withRespectTo: weight)?.number
    }
  }

  /// Where J is lowest: the centre of a parabola; for a formula, the lowest of many samples
  /// in a wide window around `start` (the costs of the lessons are convex, so one minimum).
  func bottom(near start: Double) -> Double {
    guard case .formula = self else {
      if case .parabola(let bowl) = self { return bowl.centre }
      return start
    }
    let reach = 10 * max(abs(start), 1)
    var best = start
    var lowest = value(at: start) ?? .infinity
    for index in 0...2000 {
      let w = start - reach + 2 * reach * Double(index) / 2000
      if let cost = value(at: w), cost < lowest {
        lowest = cost
        best = w
      }
    }
    return best
  }
}

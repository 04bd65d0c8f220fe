import Foundation

/// Turns a `::: name` block into a `Widget`, checking every parameter: unknown or repeated
/// names, missing ones, numbers, formulas and data sets.
final class WidgetReader {
  /// Each widget's parameters, in the order the documentation lists them.
  static let parameterNames: [String: [String]] = [
    "nudge": ["formula", "input", "start", "epsilon", "values"],
    "graph": ["formula", "values"],
    "bowl": ["formula", "centre", "curvature", "start", "alpha"],
    "playground": ["dataset", "target", "alpha", "iterations", "speed", "scale"],
    "image": ["dataset", "row", "show", "target", "alpha", "iterations"],
    "poll": ["question"],
  ]

  /// The widget names in the order the documentation lists them.
  static let widgetNames = ["nudge", "graph", "bowl", "playground", "image", "poll"]

  /// Other spellings accepted for a parameter: the lecture's symbols and American English.
  static let aliases = ["α": "alpha", "ε": "epsilon", "center": "centre"]

  let block: DirectiveBlock
  let folder: URL
  var problems: [BlockProblem] = []
  var parameters: [String: BlockParameter] = [:]
  /// Where the `values` list is, and the column of each name in it, for errors about inputs.
  var valuesLine = 0
  var valueColumns: [String: Int] = [:]

  init(block: DirectiveBlock, folder: URL) {
    self.block = block
    self.folder = folder
  }

  func problem(_ line: Int, _ column: Int, _ message: String) {
    problems.append(BlockProblem(line: line, column: column, message: message))
  }

  func widget() -> Widget? {
    guard let allowed = Self.parameterNames[block.name] else {
      problem(
        block.line, block.nameColumn,
        "unknown widget '\(block.name)'; widgets are "
          + Self.widgetNames.joined(separator: ", "))
      return nil
    }
    if block.name == "poll" { return readPoll().map(Widget.poll) }

    readParameters(allowed: allowed)
    switch block.name {
    case "nudge": return readNudge().map(Widget.nudge)
    case "graph": return readGraph().map(Widget.graph)
    case "bowl": return readBowl().map(Widget.bowl)
    case "playground": return readPlayground().map(Widget.playground)
    default: return readImage().map(Widget.image)
    }
  }

  // MARK: - Parameters

  /// Reads `name: value` lines; an indented line continues the value above it.
  private func readParameters(allowed: [String]) {
    var last: String?
    for (number, text) in block.lines where !text.isBlank {
      if text.first?.isWhitespace == true {
        if let name = last, var parameter = parameters[name] {
          parameter.value += (parameter.value.isEmpty ? "" : " ") + text.trimmed
          parameters[name] = parameter
        } else {
          problem(number, 1, "an indented line continues no parameter")
        }
        continue
      }
      guard let (written, value, valueColumn) = DirectiveBlock.splitParameter(text) else {
        problem(number, 1, "expected 'name: value' in the '\(block.name)' widget")
        last = nil
        continue
      }
      let name = Self.aliases[written] ?? written
      last = nil
      guard allowed.contains(name) else {
        problem(
          number, 1,
          "unknown parameter '\(written)' for '\(block.name)'; it takes "
            + allowed.joined(separator: ", "))
        continue
      }
      if let earlier = parameters[name] {
        problem(number, 1, "'\(name)' is given twice (first on line \(earlier.line))")
        continue
      }
      parameters[name] = BlockParameter(
        name: name, line: number, column: 1, value: value, valueLine: number,
        valueColumn: valueColumn)
      last = name
    }
  }

  /// The parameter, or `nil` after reporting that the widget needs it.
  func required(_ name: String, example: String) -> BlockParameter? {
    guard let parameter = parameters[name] else {
      problem(
        block.line, block.nameColumn,
        "the '\(block.name)' widget needs '\(name): …' (for example '\(name): \(example)')")
      return nil
    }
    return nonEmpty(parameter)
  }

  /// The parameter if given with a value; `nil` when absent or empty (the latter reported).
  func optional(_ name: String) -> BlockParameter? {
    parameters[name].flatMap { nonEmpty($0) }
  }

  private func nonEmpty(_ parameter: BlockParameter) -> BlockParameter? {
    guard !parameter.value.isEmpty else {
      problem(parameter.line, parameter.valueColumn, "'\(parameter.name)' has no value")
      return nil
    }
    return parameter
  }

  // MARK: - Widgets
  //
  // Each reader checks every parameter (so that all problems are reported at once) and
  // returns a widget only when none of them added a problem.

  private func readNudge() -> NudgeWidget? {
    let before = problems.count
    let formulaParameter = required("formula", example: "f = a^2")
    let formula = formulaParameter.flatMap { self.formula($0) }
    let inputParameter = required("input", example: "a")
    let input = inputParameter.flatMap { name($0) }
    let start = required("start", example: "2").flatMap { number($0) }
    let epsilon = optional("epsilon").flatMap { positive($0, symbol: "ε") }
    let values = optional("values").flatMap { namedValues($0) }
    if let formula, let formulaParameter, let input, let inputParameter,
      values != nil || parameters["values"] == nil
    {
      checkInputs(
        of: formula, at: formulaParameter, values: values ?? [],
        input: (input, inputParameter))
    }
    guard problems.count == before, let formulaParameter, let input, let start else {
      return nil
    }
    if let formula {
      var inputs = Dictionary((values ?? []).map { ($0.name, $0.value) }) { first, _ in first }
      inputs[input] = start
      warnIfUndefined(formula, at: formulaParameter, values: inputs)
    }
    return NudgeWidget(
      line: block.line, formula: formulaParameter.value, input: input, start: start,
      epsilon: epsilon ?? NudgeWidget.defaultEpsilon, values: values ?? [])
  }

  private func readGraph() -> GraphWidget? {
    let before = problems.count
    let formulaParameter = required("formula", example: "J = 3*(a + b*c)")
    let formula = formulaParameter.flatMap { self.formula($0) }
    let values = required("values", example: "a = 5, b = 3, c = 2").flatMap { namedValues($0) }
    if let formula, let formulaParameter, let values {
      checkInputs(of: formula, at: formulaParameter, values: values)
    }
    guard problems.count == before, let formulaParameter, let values else { return nil }
    if let formula {
      let inputs = Dictionary(values.map { ($0.name, $0.value) }) { first, _ in first }
      warnIfUndefined(formula, at: formulaParameter, values: inputs)
    }
    return GraphWidget(line: block.line, formula: formulaParameter.value, values: values)
  }

  private func readBowl() -> BowlWidget? {
    let before = problems.count
    var cost: BowlWidget.Cost?
    var costFormula: (Formula, BlockParameter)?
    switch (parameters["formula"], parameters["centre"]) {
    case (.some, .some(let centre)):
      problem(
        centre.line, 1, "give the bowl either 'formula' or 'centre' (with 'curvature'), not both")
    case (.some, .none):
      if let parameter = optional("formula"), let formula = formula(parameter) {
        if formula.inputs == ["w"] {
          cost = .formula(parameter.value)
          costFormula = (formula, parameter)
        } else {
          let uses = formula.inputs.isEmpty ? "no input" : formula.inputs.joined(separator: ", ")
          problem(
            parameter.valueLine, parameter.valueColumn,
            "the bowl's cost is a formula in w alone, such as 'J = (w - 3)^2'; this one uses "
              + uses)
        }
      }
      if let curvature = parameters["curvature"] {
        problem(curvature.line, 1, "'curvature' goes with 'centre', not with 'formula'")
      }
    case (.none, .some):
      let centre = optional("centre").flatMap { number($0) }
      let curvature = optional("curvature").flatMap { positive($0, symbol: "the curvature") }
      if let centre { cost = .parabola(centre: centre, curvature: curvature ?? 1) }
    case (.none, .none):
      problem(
        block.line, block.nameColumn,
        "the 'bowl' widget needs 'centre: …' (J = curvature·(w − centre)²) or 'formula: …'")
    }
    let start = required("start", example: "-2").flatMap { number($0) }
    let alpha = required("alpha", example: "0.1").flatMap { positive($0, symbol: "α") }
    guard problems.count == before, let cost, let start, let alpha else { return nil }
    if let (formula, parameter) = costFormula {
      warnIfUndefined(formula, at: parameter, values: ["w": start])
    }
    return BowlWidget(line: block.line, cost: cost, start: start, learningRate: alpha)
  }

  private func readPlayground() -> PlaygroundWidget? {
    let before = problems.count
    let dataset = required("dataset", example: "digits").flatMap { self.dataset($0) }
    var target: Int?
    if dataset == .digits {
      target = required("target", example: "3").flatMap { digit($0) }
    } else if dataset != nil, let parameter = parameters["target"] {
      problem(parameter.line, 1, "'target' picks a digit; it applies only to 'digits'")
    }
    let alpha = required("alpha", example: "0.5").flatMap { positive($0, symbol: "α") }
    let iterations = optional("iterations").flatMap { count($0, atLeast: 1) }
    let speed = optional("speed").flatMap { count($0, atLeast: 1) }
    let scale = optional("scale").flatMap { switchValue($0) }
    guard problems.count == before, let dataset, let alpha else { return nil }
    return PlaygroundWidget(
      line: block.line, dataset: dataset, target: target, learningRate: alpha,
      iterations: iterations, speed: speed, scaled: scale ?? true)
  }

  private func readImage() -> ImageWidget? {
    let before = problems.count
    var dataset: LessonDataset? = .digits
    if let parameter = optional("dataset") {
      dataset = self.dataset(parameter)
      if dataset == .breastCancer {
        problem(
          parameter.valueLine, parameter.valueColumn,
          "'breast-cancer' holds measurements, not 8×8 images; the image widget shows 'digits'")
      }
    }
    let show = optional("show").flatMap { showValue($0) } ?? .digit
    let rowParameter = show == .digit ? required("row", example: "1") : optional("row")
    let row = rowParameter.flatMap { self.row($0, in: dataset) }
    var target: Int?
    if show == .weights {
      target = required("target", example: "3").flatMap { digit($0) }
    } else {
      for name in ["target", "alpha", "iterations"] {
        if let unused = parameters[name] {
          problem(unused.line, 1, "'\(name)' is used only with 'show: weights'")
        }
      }
    }
    let alpha = optional("alpha").flatMap { positive($0, symbol: "α") }
    let iterations = optional("iterations").flatMap { count($0, atLeast: 1) }
    guard problems.count == before, let dataset, row != nil || show == .weights else {
      return nil
    }
    return ImageWidget(
      line: block.line, dataset: dataset, row: row, show: show, target: target,
      learningRate: alpha ?? ImageWidget.defaultLearningRate,
      iterations: iterations ?? ImageWidget.defaultIterations)
  }
}

extension ReplSession {
  /// `graph J`: exactly what `descent graph` prints for J with the session's numbers.
  func graph(_ name: ReplWord) throws(ReplError) -> [String] {
    try report(name).lines
  }

  /// Both passes over the formula named by `name`.
  func report(_ name: ReplWord) throws(ReplError) -> GraphReport {
    let graph = ComputationGraph(try readyFormula(name))
    do {
      return try GraphReport(graph: graph, values: workspace.numbers)
    } catch {
      throw ReplError(column: name.column, error.message)
    }
  }

  /// `nudge J [a] [ε]`: exactly what `descent nudge` prints.
  func nudge(_ name: ReplWord, input: ReplWord?, epsilon: Double?) throws(ReplError) -> [String] {
    let graph = ComputationGraph(try readyFormula(name))
    if let input, !graph.formula.inputs.contains(input.text) {
      throw ReplError(
        column: input.column,
        "\(name.text) has no input '\(input.text)'; its inputs are "
          + Self.list(graph.formula.inputs))
    }
    do {
      return try NudgeReport(
        graph: graph, values: workspace.numbers,
        epsilon: epsilon ?? ComputationGraph.defaultEpsilon,
        inputs: input.map { [$0.text] }
      ).lines
    } catch {
      throw ReplError(column: name.column, error.description)
    }
  }
}

extension ComputationGraph {
  /// The nudge the lecture starts from: ε = 0.001.
  public static let defaultEpsilon = 0.001

  /// Nudges `input` by ε, holding the other inputs at `values`, and sets the forward and
  /// centred differences beside the exact derivative from the backward pass.
  ///
  /// - Throws: `badEpsilon` unless 0 < ε < ∞, `notAnInput`, or `formula` with
  ///   `unknownVariable` when an input has no value.
  public func nudge(
    _ input: String, by epsilon: Double = defaultEpsilon, at values: [String: Double]
  ) throws(NudgeError) -> NudgeResult {
    guard epsilon > 0, epsilon.isFinite else { throw .badEpsilon(epsilon) }
    guard formula.inputs.contains(input) else {
      throw .notAnInput(input, inputs: formula.inputs)
    }
    let base: ForwardPass
    do throws(FormulaError) {
      base = try forward(values)
    } catch {
      throw .formula(error)
    }

    let a = base.inputs[input] ?? .nan
    func output(at nudged: Double) -> Quantity {
      var moved = base.inputs
      moved[input] = nudged
      // Every input has a value (the base pass succeeded), so this cannot throw.
      return (try? forward(moved))?.output ?? .undefined("an input has no value")
    }
    let exact = backward(base).derivative(withRespectTo: input) ?? .undefined("not an input")
    return NudgeResult(
      output: formula.output, input: input, values: base.inputs,
      heldInputs: formula.inputs.filter { $0 != input }, epsilon: epsilon,
      value: base.output, nudgedUp: output(at: a + epsilon), nudgedDown: output(at: a - epsilon),
      exact: exact)
  }
}

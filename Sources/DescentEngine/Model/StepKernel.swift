/// The code a `Trainer` runs for each step, chosen once from its `StepMethod`.
struct StepKernel: Sendable {
  private let examples: Examples
  private let fused: FusedStep?

  init(method: StepMethod, examples: Examples) {
    self.examples = examples
    fused = method == .fast ? FusedStep(examples: examples) : nil
  }

  /// J, dw and db at `model`.
  func gradients(of model: LogisticRegression) -> Gradients {
    if let fused { return fused.run(model, withGradients: true) }
    return model.gradients(on: examples)
  }
}

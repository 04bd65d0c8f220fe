/// The code a `Trainer` runs for each step, chosen once from its `StepMethod`.
struct StepKernel: Sendable {
  private let examples: Examples
  private let method: StepMethod

  init(method: StepMethod, examples: Examples) {
    self.method = method
    self.examples = examples
  }

  /// J, dw and db at `model`.
  func gradients(of model: LogisticRegression) -> Gradients {
    model.gradients(on: examples)
  }

  /// J at `model`, with `dw` left empty and `db` zero.
  func costOnly(of model: LogisticRegression) -> Gradients {
    Gradients(cost: model.cost(on: examples), dw: [], db: 0)
  }
}

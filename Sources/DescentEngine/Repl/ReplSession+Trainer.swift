extension ReplSession {
  /// Runs `line` with `trainer` as the session's model, and hands the trainer back changed:
  /// how a front end that owns a trainer (the playground) lets typed statements act on what
  /// it shows. `alpha 0.05` changes the trainer's α, `train 100` steps it, `reset` resets it,
  /// and `data …` replaces it with a trainer on the new data, keeping α.
  public mutating func run(_ line: String, on trainer: inout Trainer) -> ReplOutcome {
    model.adopt(trainer)
    let outcome = run(line)
    if let changed = model.trainer { trainer = changed }
    return outcome
  }

  /// Runs a parsed statement the same way.
  public mutating func run(
    _ statement: ReplStatement, line: String, on trainer: inout Trainer
  ) throws(ReplError) -> ReplOutcome {
    model.adopt(trainer)
    defer { if let changed = model.trainer { trainer = changed } }
    return try run(statement, line: line)
  }
}

extension ReplModel {
  /// Takes `trainer`, its data and its α as the model's own.
  mutating func adopt(_ trainer: Trainer) {
    self.trainer = trainer
    split = trainer.split
    learningRate = trainer.learningRate
  }
}

import Testing

@testable import DescentEngine

@Suite("gradient descent on a bowl")
struct BowlTrainerTests {
  @Test("J(w) = (w − 3)² and its slope")
  func bowl() {
    let bowl = Bowl()
    #expect(bowl.cost(at: 0) == 9)
    #expect(bowl.slope(at: 0) == -6)
    #expect(bowl.cost(at: 3) == 0)
    #expect(bowl.divergingLearningRate == 1)
    #expect(bowl.overshootingLearningRate == 0.5)
    let steep = Bowl(centre: -1, curvature: 4)
    #expect(steep.cost(at: 1) == 16)
    #expect(steep.divergingLearningRate == 0.25)
  }

  @Test("a small α creeps towards the centre without crossing it")
  func small() {
    var trainer = BowlTrainer(learningRate: 0.1)
    trainer.step()
    #expect(trainer.w == 0.6000000000000001)  // 0 − 0.1 · (−6)
    trainer.step(99)
    #expect(abs(trainer.w - 3) < 1e-8)
    #expect(!trainer.isOscillating)
    #expect(trainer.status == .running)
    #expect(trainer.positions.count == 101)
    #expect(trainer.history.count == 101)
  }

  @Test("α = 1/(2c) lands on the centre in one step")
  func oneStep() {
    var trainer = BowlTrainer(bowl: Bowl(centre: 3, curvature: 2), start: 7, learningRate: 0.25)
    trainer.step()
    #expect(trainer.w == 3)
    #expect(trainer.cost == 0)
  }

  @Test("α between 1/(2c) and 1/c oscillates across the centre and settles")
  func oscillatesAndSettles() {
    var trainer = BowlTrainer(learningRate: 0.9)
    trainer.step()
    #expect(trainer.w == 5.4)
    #expect(trainer.isOscillating)
    trainer.step(200)
    #expect(abs(trainer.w - 3) < 1e-6)
    #expect(trainer.status == .running)
  }

  @Test("α = 1/c bounces between two points forever without being called diverged")
  func bounces() {
    var trainer = BowlTrainer(learningRate: 1)
    trainer.step(50)
    #expect(trainer.positions.suffix(4) == [6, 0, 6, 0])
    #expect(trainer.isOscillating)
    #expect(trainer.status == .running)
  }

  @Test("α > 1 oscillates further out every step and is reported as diverged")
  func diverges() {
    var trainer = BowlTrainer(learningRate: 1.5)
    trainer.step(10)
    #expect(trainer.positions == [0, 9, -9, 27])
    #expect(trainer.isOscillating)
    #expect(
      trainer.status
        == .diverged(
          iteration: 3,
          reason: "the cost rose on 3 steps in a row and is above where it started"))
    trainer.step()
    #expect(trainer.iteration == 3)
  }

  @Test("an absurd α overflows and is reported, never NaN")
  func overflows() {
    var trainer = BowlTrainer(learningRate: 1e300)
    trainer.step(10)
    #expect(trainer.status.isDiverged)
    #expect(trainer.w.isFinite)
    #expect(trainer.cost.isFinite)
  }

  @Test("reset returns to the start and repeats the run exactly; α changes are recorded")
  func reset() {
    var trainer = BowlTrainer(start: -2, learningRate: 0.2)
    trainer.step(3)
    trainer.learningRate = 0.7
    trainer.step(4)
    let first = trainer
    trainer.reset()
    #expect(trainer.w == -2)
    #expect(trainer.iteration == 0)
    #expect(trainer.positions == [-2])
    trainer.learningRate = 0.2
    trainer.step(3)
    trainer.learningRate = 0.7
    trainer.step(4)
    #expect(trainer == first)
    #expect(
      trainer.history.learningRateChanges.map(\.iteration) == [0, 3])
  }
}

import Foundation
import Testing

@testable import DescentEngine

@Suite("the trainer")
struct TrainerTests {
  @Test("starts at w = 0, b = 0 with the cost log 2 recorded for iteration 0")
  func start() throws {
    let trainer = Trainer(split: try DataTestSupport.digits(target: 3), learningRate: 0.5)
    #expect(trainer.iteration == 0)
    #expect(trainer.weights.allSatisfy { $0 == 0 })
    #expect(trainer.bias == 0)
    #expect(abs(trainer.cost - log(2)) < 1e-12)
    #expect(trainer.history.count == 1)
    #expect(trainer.history[0] == CostPoint(iteration: 0, cost: trainer.cost, learningRate: 0.5))
    #expect(trainer.status == .running)
  }

  @Test("each step is one reference gradient-descent update and the history ends at its cost")
  func stepsFollowTheFormulas() throws {
    let split = try DataTestSupport.breastCancer(scaled: true)
    var trainer = Trainer(split: split, learningRate: 0.1, method: .reference)
    var model = LogisticRegression(featureCount: split.featureCount)
    for _ in 0..<5 {
      model.update(with: model.gradients(on: split.train), learningRate: 0.1)
    }
    trainer.step(3)
    trainer.step(2)
    #expect(trainer.iteration == 5)
    #expect(trainer.weights == model.weights)
    #expect(trainer.bias == model.bias)
    #expect(trainer.cost == model.cost(on: split.train))
    #expect(trainer.history.count == 6)
    #expect(trainer.history.last?.cost == trainer.cost)
    for k in 1...5 {
      #expect(trainer.history.cost(at: k) < trainer.history.cost(at: k - 1))
    }
  }

  @Test("reset returns to the same start and the same run repeats exactly")
  func resetIsDeterministic() throws {
    var trainer = Trainer(split: try DataTestSupport.digits(target: 7), learningRate: 0.3)
    trainer.step(40)
    let first = (trainer.weights, trainer.bias, trainer.cost, trainer.history)
    trainer.reset()
    #expect(trainer.iteration == 0)
    #expect(trainer.weights.allSatisfy { $0 == 0 })
    #expect(trainer.bias == 0)
    #expect(trainer.history.count == 1)
    trainer.step(40)
    #expect(trainer.weights == first.0)
    #expect(trainer.bias == first.1)
    #expect(trainer.cost == first.2)
    #expect(trainer.history == first.3)
  }

  @Test("a learning rate changed mid-run is used from then on and recorded in the history")
  func learningRateChange() throws {
    let split = try DataTestSupport.digits(target: 3)
    var trainer = Trainer(split: split, learningRate: 0.1, method: .reference)
    trainer.step(10)
    trainer.learningRate = 2
    trainer.step(5)
    trainer.learningRate = 3
    trainer.learningRate = 1  // changed twice before a step: only the last counts
    trainer.step(5)

    #expect(
      trainer.history.learningRateChanges == [
        LearningRateChange(iteration: 0, learningRate: 0.1),
        LearningRateChange(iteration: 10, learningRate: 2),
        LearningRateChange(iteration: 15, learningRate: 1),
      ])
    #expect(trainer.history[9].learningRate == 0.1)
    #expect(trainer.history[10].learningRate == 2)
    #expect(trainer.history[20].learningRate == 1)

    var model = LogisticRegression(featureCount: 64)
    for k in 0..<20 {
      let alpha = k < 10 ? 0.1 : (k < 15 ? 2 : 1)
      model.update(with: model.gradients(on: split.train), learningRate: alpha)
    }
    #expect(trainer.weights == model.weights)
  }

  @Test("an α so large that the numbers overflow is reported as diverged, not NaN")
  func overflowDiverges() throws {
    var trainer = Trainer(
      split: try DataTestSupport.breastCancer(scaled: false), learningRate: 1e306)
    trainer.step(100)
    guard case .diverged(let iteration, let reason) = trainer.status else {
      Issue.record("not diverged: \(trainer.status)")
      return
    }
    #expect(iteration < 100)
    #expect(!reason.isEmpty)
    #expect(trainer.cost.isFinite)
    #expect(trainer.weights.allSatisfy { $0.isFinite })
    #expect(trainer.bias.isFinite)
    #expect(trainer.iteration <= iteration)
    #expect(trainer.history.count == trainer.iteration + 1)

    let stopped = trainer.iteration
    trainer.step(10)
    #expect(trainer.iteration == stopped)
    trainer.reset()
    #expect(trainer.status == .running)
  }

  @Test("a cost that keeps rising above its start is reported as diverged")
  func risingDiverges() {
    var watch = DivergenceWatch(risingSteps: 3)
    #expect(watch.observe(cost: 1) == nil)
    #expect(watch.observe(cost: 0.5) == nil)
    #expect(watch.observe(cost: 0.6) == nil)
    #expect(watch.observe(cost: 0.7) == nil)
    #expect(watch.observe(cost: 0.8) == nil)  // three rises, but still below the start
    #expect(watch.observe(cost: 1.5) != nil)
    watch.reset()
    #expect(watch.observe(cost: 1) == nil)
    #expect(watch.observe(cost: .nan) != nil)
  }

  @Test("accuracy is measured on the training and the test rows")
  func accuracies() throws {
    var trainer = Trainer(split: try DataTestSupport.breastCancer(scaled: true), learningRate: 1)
    #expect(trainer.trainAccuracy == trainer.model.accuracy(on: trainer.split.train))
    trainer.step(200)
    #expect(trainer.trainAccuracy > 0.97)
    #expect(trainer.testAccuracy > 0.9)
  }
}

@Suite("measuring training speed")
struct TrainerThroughputTests {
  @Test("the synthetic set is the benchmark's: pixels k/255, label from the first two")
  func synthetic() {
    let split = DataSplit.synthetic(featureCount: 5, count: 40)
    #expect(split.featureCount == 5)
    #expect(split.trainCount == 40)
    #expect(split.testCount == 0)
    let x = split.train.example(3)
    #expect(x[x.startIndex + 2] == Double((2 * 7919 + 3 * 104_729 + 17) % 256) / 255)
    for j in 0..<40 {
      let row = split.train.example(j)
      let expected: Double = row[row.startIndex] + row[row.startIndex + 1] > 1 ? 1 : 0
      #expect(split.train.labels[j] == expected)
    }
    #expect(split.train.labels.contains(1) && split.train.labels.contains(0))
  }

  @Test("a measurement counts the steps it timed and the work in each")
  func measurement() throws {
    let split = try DataTestSupport.breastCancer(scaled: true)
    let result = TrainingThroughput.measure(split: split, seconds: 0.05, round: 5)
    #expect(result.iterations >= 5 && result.iterations % 5 == 0)
    #expect(result.seconds >= 0.05)
    #expect(result.operationsPerIteration == 4 * 30 * 455)
    #expect(result.iterationsPerSecond == Double(result.iterations) / result.seconds)
  }
}

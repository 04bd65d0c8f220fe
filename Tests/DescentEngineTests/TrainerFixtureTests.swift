import Foundation
import Testing

@testable import DescentEngine

/// Runs recorded by `bench/fixtures.py`, an independent numpy implementation of the same rules.
struct TrainingFixture: Decodable, CustomTestStringConvertible {
  struct Point: Decodable {
    var iteration: Int
    var cost: Double
  }

  var dataset: String
  var target: Int?
  var scaled: Bool?
  var learningRate: Double
  var iterations: Int
  var costs: [Point]
  var weights: [Double]
  var bias: Double
  var trainAccuracy: Double
  var testAccuracy: Double

  var source: DatasetSource {
    dataset == "digits"
      ? .digits(target: target ?? 0) : .breastCancer(scaled: scaled ?? true)
  }

  var testDescription: String {
    "\(source.name), α = \(learningRate), \(iterations) iterations"
  }

  static let all: [TrainingFixture] = {
    struct File: Decodable { var cases: [TrainingFixture] }
    do {
      let data = try Data(contentsOf: DataTestSupport.fixture("training.json"))
      return try JSONDecoder().decode(File.self, from: data).cases
    } catch {
      Issue.record("cannot read training.json: \(error)")
      return []
    }
  }()
}

@Suite("training matches the numpy fixtures")
struct TrainerFixtureTests {
  /// |a − b| ≤ 1e-6, relative to the size for large values (raw features give costs of 10⁵).
  static func close(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= 1e-6 * max(1, abs(b))
  }

  @Test(
    "costs, weights, bias and accuracies agree to 1e-6",
    arguments: TrainingFixture.all, [StepMethod.reference, .fast])
  func matches(fixture: TrainingFixture, method: StepMethod) throws {
    let split = try DataSplit.load(fixture.source, dataDirectory: DataTestSupport.dataDirectory)
    var trainer = Trainer(split: split, learningRate: fixture.learningRate, method: method)
    trainer.step(fixture.iterations)

    #expect(trainer.status == .running)
    #expect(trainer.iteration == fixture.iterations)
    for point in fixture.costs {
      let cost = trainer.history.cost(at: point.iteration)
      #expect(
        Self.close(cost, point.cost), "iteration \(point.iteration): \(cost) vs \(point.cost)")
    }
    #expect(trainer.weights.count == fixture.weights.count)
    for (j, (w, expected)) in zip(trainer.weights, fixture.weights).enumerated() {
      #expect(Self.close(w, expected), "w[\(j)]: \(w) vs \(expected)")
    }
    #expect(Self.close(trainer.bias, fixture.bias))
    #expect(trainer.trainAccuracy == fixture.trainAccuracy)
    #expect(trainer.testAccuracy == fixture.testAccuracy)
  }
}

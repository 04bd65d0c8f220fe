import Foundation
import Testing

@testable import DescentEngine

@Suite("logistic regression")
struct ModelLogisticTests {
  @Test("the sigmoid saturates to exactly 1 and 0 without NaN")
  func sigmoidSaturates() {
    #expect(Logistic.sigmoid(800) == 1)
    #expect(Logistic.sigmoid(-800) == 0)
    #expect(Logistic.sigmoid(0) == 0.5)
    #expect(Logistic.sigmoid(.greatestFiniteMagnitude) == 1)
    #expect(Logistic.sigmoid(-.greatestFiniteMagnitude) == 0)
    #expect(abs(Logistic.sigmoid(2) - 1 / (1 + exp(-2))) < 1e-16)
  }

  @Test(
    "the loss is computed from z and stays finite when the sigmoid saturates",
    arguments: [
      (z: 40.0, y: 0.0, loss: 40.0),
      (z: -40.0, y: 1.0, loss: 40.0),
      (z: 800.0, y: 0.0, loss: 800.0),
      (z: -800.0, y: 1.0, loss: 800.0),
      (z: 800.0, y: 1.0, loss: 0.0),
      (z: 0.0, y: 1.0, loss: log(2.0)),
      (z: 0.0, y: 0.0, loss: log(2.0)),
    ])
  func stableLoss(z: Double, y: Double, loss: Double) {
    let computed = Logistic.loss(z: z, y: y)
    #expect(computed.isFinite)
    #expect(abs(computed - loss) <= 1e-15 * max(1, loss))
  }

  @Test("the loss from z equals the lecture's formula from a where that is finite")
  func lossMatchesLecture() {
    for z in stride(from: -15.0, through: 15.0, by: 0.37) {
      for y in [0.0, 1.0] {
        let a = Logistic.sigmoid(z)
        let lecture = -(y * log(a) + (1 - y) * log(1 - a))
        #expect(abs(Logistic.loss(z: z, y: y) - lecture) < 1e-8 * max(1, lecture))
      }
    }
  }

  @Test("one example with z = 40 and y = 0 costs 40")
  func oneSaturatedExample() {
    let examples = Examples(featureCount: 1, features: [1], labels: [0])
    let model = LogisticRegression(weights: [40], bias: 0)
    #expect(model.cost(on: examples) == 40)
    let gradients = model.gradients(on: examples)
    #expect(gradients.cost == 40)
    #expect(gradients.dw == [1])
    #expect(gradients.db == 1)
  }

  @Test("the vectorised gradients equal the lecture's loop over examples")
  func gradientsMatchLoop() throws {
    let split = try DataTestSupport.breastCancer(scaled: true)
    let examples = split.train
    let n = examples.featureCount
    let model = LogisticRegression(
      weights: (0..<n).map { Double($0 % 7) / 10 - 0.3 }, bias: 0.2)

    // J = 0, dw = 0, db = 0; for each i: z, a, J += L, dz = a − y, dw += x dz, db += dz.
    var cost = 0.0
    var dw = [Double](repeating: 0, count: n)
    var db = 0.0
    for i in 0..<examples.count {
      let x = Array(examples.example(i))
      let y = examples.labels[i]
      let z = zip(model.weights, x).map(*).reduce(0, +) + model.bias
      let a = 1 / (1 + exp(-z))
      cost += -(y * log(a) + (1 - y) * log(1 - a))
      let dz = a - y
      for j in 0..<n { dw[j] += x[j] * dz }
      db += dz
    }
    let m = Double(examples.count)

    let gradients = model.gradients(on: examples)
    #expect(abs(gradients.cost - cost / m) < 1e-12)
    #expect(abs(gradients.db - db / m) < 1e-12)
    for j in 0..<n { #expect(abs(gradients.dw[j] - dw[j] / m) < 1e-12) }
  }

  @Test("the gradients agree with centred differences of the cost")
  func gradientsMatchNudges() throws {
    let examples = try DataTestSupport.digits(target: 5).train
    let model = LogisticRegression(
      weights: (0..<64).map { sin(Double($0)) / 4 }, bias: -0.1)
    let gradients = model.gradients(on: examples)
    let epsilon = 1e-5
    for j in [0, 10, 27, 63] {
      var up = model
      var down = model
      up.weights[j] += epsilon
      down.weights[j] -= epsilon
      let numeric = (up.cost(on: examples) - down.cost(on: examples)) / (2 * epsilon)
      #expect(abs(numeric - gradients.dw[j]) < 1e-8)
    }
    var up = model
    var down = model
    up.bias += epsilon
    down.bias -= epsilon
    let numeric = (up.cost(on: examples) - down.cost(on: examples)) / (2 * epsilon)
    #expect(abs(numeric - gradients.db) < 1e-8)
  }

  @Test("predictions are ŷ > 0.5 and accuracy is the fraction right")
  func predictions() {
    let examples = Examples(
      featureCount: 1, features: [-2, -1, 0, 1, 2], labels: [0, 1, 0, 1, 1])
    let model = LogisticRegression(weights: [1], bias: 0)
    #expect(model.predictions(examples) == [0, 0, 0, 1, 1])
    #expect(model.accuracy(on: examples) == 0.8)
    #expect(model.forward(examples)[2] == 0.5)
  }
}

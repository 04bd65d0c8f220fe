import Foundation
import Testing

@testable import DescentEngine

@Suite("the fused training step")
struct ModelFusedStepTests {
  @Test("the vector e^−t agrees with exp for t ≥ 0 and stays a tiny positive past 708")
  func vectorExp() {
    var t = 0.0
    while t <= 750 {
      let lanes = VectorMath.Vector((0..<8).map { t + Double($0) * 0.0137 })
      let result = VectorMath.exp(negativeOf: lanes)
      for lane in 0..<8 {
        if lanes[lane] <= 708 {
          let expected = exp(-lanes[lane])
          #expect(abs(result[lane] - expected) <= 4e-16 * expected, "t = \(lanes[lane])")
        } else {
          #expect(
            result[lane] > 0 && result[lane] <= exp(-708.0) * (1 + 1e-15), "t = \(lanes[lane])")
        }
      }
      t += 0.731
    }
    #expect(VectorMath.exp(negativeOf: .zero) == VectorMath.Vector(repeating: 1))
    let huge = VectorMath.exp(negativeOf: VectorMath.Vector(repeating: .greatestFiniteMagnitude))
    #expect(huge[0] > 0 && huge[0] < 1e-300)
  }

  @Test("the vector log(1 + e) agrees with log1p on 0 … 1, tiny e included")
  func vectorLog1p() {
    var values = stride(from: 0.0, through: 1.0, by: 0.001).map { $0 }
    values += [1e-300, 1e-20, 1e-9, 0.41421356237309503, 0.41421356237309515, 1]
    while values.count % 8 != 0 { values.append(0.5) }
    for start in stride(from: 0, to: values.count, by: 8) {
      let lanes = VectorMath.Vector(values[start..<start + 8])
      let result = VectorMath.log1p(unitInterval: lanes)
      for lane in 0..<8 {
        let expected = log1p(lanes[lane])
        #expect(abs(result[lane] - expected) <= 4e-16 * expected, "e = \(lanes[lane])")
      }
    }
  }

  static func model(featureCount: Int, scale: Double) -> LogisticRegression {
    LogisticRegression(
      weights: (0..<featureCount).map { sin(Double($0) * 1.7) * scale }, bias: scale / 10)
  }

  @Test(
    "it gives the reference's cost and gradients",
    arguments: [(0.0, 3), (0.3, 3), (2.0, 7), (40.0, 3), (900.0, 3)])
  func matchesReferenceOnDigits(scale: Double, target: Int) throws {
    let examples = try DataTestSupport.digits(target: target).train
    let fused = FusedStep(examples: examples)
    #expect(fused.storesSinglePrecision)
    let model = Self.model(featureCount: 64, scale: scale)
    let fast = fused.run(model, withGradients: true)
    let reference = model.gradients(on: examples)
    let tolerance = 1e-12 * max(1, abs(reference.cost))
    #expect(abs(fast.cost - reference.cost) <= tolerance)
    #expect(abs(fast.db - reference.db) <= 1e-12)
    for j in 0..<64 { #expect(abs(fast.dw[j] - reference.dw[j]) <= 1e-12) }
    #expect(fused.run(model, withGradients: false).cost == fast.cost)
  }

  @Test("it keeps double precision for features that are not exact floats, any m")
  func doublePrecisionAndRaggedBlocks() throws {
    let split = try DataTestSupport.breastCancer(scaled: false)
    for m in [1, 7, 8, 9, 455] {
      let n = split.featureCount
      let examples = Examples(
        featureCount: n, features: Array(split.train.features[0..<m * n]),
        labels: Array(split.train.labels[0..<m]))
      let fused = FusedStep(examples: examples)
      #expect(!fused.storesSinglePrecision)
      let model = Self.model(featureCount: n, scale: 0.01)
      let fast = fused.run(model, withGradients: true)
      let reference = model.gradients(on: examples)
      #expect(abs(fast.cost - reference.cost) <= 1e-12 * max(1, reference.cost), "m = \(m)")
      #expect(abs(fast.db - reference.db) <= 1e-12)
      for j in 0..<n {
        #expect(abs(fast.dw[j] - reference.dw[j]) <= 1e-12 * max(1, abs(reference.dw[j])))
      }
    }
  }

  @Test("no examples cost 0 and have zero gradients")
  func empty() {
    let fused = FusedStep(examples: Examples(featureCount: 3, features: [], labels: []))
    let result = fused.run(LogisticRegression(featureCount: 3), withGradients: true)
    #expect(result == Gradients(cost: 0, dw: [0, 0, 0], db: 0))
  }
}

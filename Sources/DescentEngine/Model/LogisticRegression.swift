/// Logistic regression, ŷ = σ(wᵀx + b), with the vectorised forward and backward pass the
/// lecture writes in matrix form.
///
/// This is the clear reference: one line of maths, one loop. `FusedStep` computes the same
/// numbers faster and is tested against this.
public struct LogisticRegression: Equatable, Sendable {
  /// w, one weight per feature.
  public var weights: [Double]
  /// b.
  public var bias: Double

  /// w = 0, b = 0: the start gradient descent uses.
  public init(featureCount: Int) {
    weights = [Double](repeating: 0, count: featureCount)
    bias = 0
  }

  public init(weights: [Double], bias: Double) {
    self.weights = weights
    self.bias = bias
  }

  /// Z = wᵀX + b: one z⁽ⁱ⁾ = Σ_j w_j x_j⁽ⁱ⁾ + b per example.
  public func linear(_ examples: Examples) -> [Double] {
    precondition(examples.featureCount == weights.count, "n_x of X and w differ")
    let n = weights.count
    return (0..<examples.count).map { i in
      var z = bias
      for j in 0..<n { z += weights[j] * examples.features[i * n + j] }
      return z
    }
  }

  /// A = σ(Z): the predicted probability ŷ⁽ⁱ⁾ = P(y = 1 | x⁽ⁱ⁾) of every example.
  public func forward(_ examples: Examples) -> [Double] {
    linear(examples).map(Logistic.sigmoid)
  }

  /// J(w, b) = (1/m) Σ_i L(ŷ⁽ⁱ⁾, y⁽ⁱ⁾), computed from Z so that it stays finite.
  public func cost(on examples: Examples) -> Double {
    let z = linear(examples)
    guard !z.isEmpty else { return 0 }
    var total = 0.0
    for i in 0..<z.count { total += Logistic.loss(z: z[i], y: examples.labels[i]) }
    return total / Double(z.count)
  }

  /// The backward pass:
  ///
  /// ```
  /// dZ = A − Y,   dw = X dZᵀ / m,   db = (1/m) Σ_i dz⁽ⁱ⁾
  /// ```
  ///
  /// together with the cost J at the current w and b.
  public func gradients(on examples: Examples) -> Gradients {
    let n = weights.count
    let m = examples.count
    let z = linear(examples)
    var cost = 0.0
    var dZ = [Double](repeating: 0, count: m)
    for i in 0..<m {
      cost += Logistic.loss(z: z[i], y: examples.labels[i])
      dZ[i] = Logistic.sigmoid(z[i]) - examples.labels[i]
    }

    var dw = [Double](repeating: 0, count: n)
    var db = 0.0
    for i in 0..<m {
      for j in 0..<n { dw[j] += examples.features[i * n + j] * dZ[i] }
      db += dZ[i]
    }
    let scale = m == 0 ? 0 : 1 / Double(m)
    for j in 0..<n { dw[j] *= scale }
    return Gradients(cost: cost * scale, dw: dw, db: db * scale)
  }

  /// One gradient-descent update: w ← w − α dw, b ← b − α db.
  public mutating func update(with gradients: Gradients, learningRate: Double) {
    for j in 0..<weights.count { weights[j] -= learningRate * gradients.dw[j] }
    bias -= learningRate * gradients.db
  }

  /// ŷ > 0.5 as 1, else 0 — the same as z > 0.
  public func predictions(_ examples: Examples) -> [Double] {
    linear(examples).map { Logistic.sigmoid($0) > 0.5 ? 1 : 0 }
  }

  /// The fraction (0…1) of examples whose prediction equals the label; 0 for no examples.
  public func accuracy(on examples: Examples) -> Double {
    guard examples.count > 0 else { return 0 }
    let predicted = predictions(examples)
    var correct = 0
    for i in 0..<predicted.count where predicted[i] == examples.labels[i] { correct += 1 }
    return Double(correct) / Double(examples.count)
  }
}

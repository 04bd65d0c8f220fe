import Foundation

/// The scalar functions of logistic regression, written so that they stay finite for any
/// finite z.
public enum Logistic {
  /// The sigmoid
  ///
  /// ```
  /// σ(z) = 1 / (1 + e^(−z))
  /// ```
  ///
  /// evaluated so that e^(…) is only ever taken of a non-positive number and cannot overflow:
  /// for z < 0 it uses the equal form e^z / (1 + e^z). σ(800) is 1 and σ(−800) is 0.
  public static func sigmoid(_ z: Double) -> Double {
    if z >= 0 {
      return 1 / (1 + exp(-z))
    }
    let e = exp(z)
    return e / (1 + e)
  }

  /// softplus(z) = log(1 + e^z), without overflow:
  ///
  /// ```
  /// softplus(z) = max(z, 0) + log(1 + e^(−|z|))
  /// ```
  public static func softplus(_ z: Double) -> Double {
    max(z, 0) + log1p(exp(-abs(z)))
  }

  /// The cross-entropy loss of one example, computed from z = wᵀx + b rather than from
  /// a = σ(z):
  ///
  /// ```
  /// L = −( y log a + (1 − y) log(1 − a) )
  ///   = y · softplus(−z) + (1 − y) · softplus(z)        since −log σ(z) = softplus(−z)
  /// ```
  ///
  /// Going through a would give log(0) = −∞ once σ saturates to exactly 0 or 1 in floating
  /// point (z ≈ ±37); this form stays exact: z = 40 with y = 0 costs 40.
  public static func loss(z: Double, y: Double) -> Double {
    if y == 0 { return softplus(z) }
    if y == 1 { return softplus(-z) }
    return y * softplus(-z) + (1 - y) * softplus(z)
  }
}

/// A one-weight convex cost, the picture of gradient descent as a point sliding down a curve:
///
/// ```
/// J(w) = c · (w − w*)²,   dJ/dw = 2c · (w − w*)
/// ```
///
/// with centre w* (the minimum) and curvature c > 0. One step maps the distance to the centre
/// d = w − w* to (1 − 2cα) · d, so the descent
/// - creeps in without crossing for α < 1/(2c),
/// - lands on the centre in one step at α = 1/(2c),
/// - crosses the centre every step, settling, for 1/(2c) < α < 1/c,
/// - bounces between two points forever at α = 1/c,
/// - crosses and flies further out every step (diverges) for α > 1/c.
///
/// The default, J(w) = (w − 3)², diverges for α > 1.
public struct Bowl: Equatable, Sendable {
  /// w*, where J is smallest.
  public var centre: Double
  /// c, how steep the walls are.
  public var curvature: Double

  public init(centre: Double = 3, curvature: Double = 1) {
    precondition(curvature > 0 && curvature.isFinite, "a bowl needs a positive curvature")
    self.centre = centre
    self.curvature = curvature
  }

  /// J(w).
  public func cost(at w: Double) -> Double {
    let distance = w - centre
    return curvature * distance * distance
  }

  /// dJ/dw at w.
  public func slope(at w: Double) -> Double {
    2 * curvature * (w - centre)
  }

  /// 1/(2c): the α that reaches the centre in one step; above it each step overshoots.
  public var overshootingLearningRate: Double { 1 / (2 * curvature) }

  /// 1/c: above this α the descent diverges.
  public var divergingLearningRate: Double { 1 / curvature }
}

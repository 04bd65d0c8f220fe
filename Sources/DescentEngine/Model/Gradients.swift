/// The cost at (w, b) and its derivatives: `dw` is ∂J/∂w and `db` is ∂J/∂b.
public struct Gradients: Equatable, Sendable {
  public var cost: Double
  public var dw: [Double]
  public var db: Double

  public init(cost: Double, dw: [Double], db: Double) {
    self.cost = cost
    self.dw = dw
    self.db = db
  }

  /// Whether the cost and every derivative are finite numbers.
  public var isFinite: Bool { cost.isFinite && db.isFinite && dw.allSatisfy(\.isFinite) }
}

/// The training step of `LogisticRegression.gradients(on:)`, computed in one pass over the
/// examples, eight at a time.
///
/// The examples are copied once into blocks of eight, feature by feature: block `k` holds
/// x_j of examples 8k … 8k+7 side by side for every feature j. Then for each block
///
/// ```
/// z  = b + Σ_j w_j x_j            (eight z at once, no sums across lanes)
/// e  = e^(−|z|)
/// a  = σ(z)  = 1/(1 + e) for z ≥ 0,  e/(1 + e) for z < 0
/// L  = y·max(−z, 0) + (1 − y)·max(z, 0) + log(1 + e)
/// dz = a − y
/// dw_j += dz · x_j                (eight partial sums per feature, added up at the end)
/// ```
///
/// in chunks of 8 blocks, so that each chunk is read from memory once and stays in the
/// cache between its forward and backward part. When every feature is exactly a `Float`
/// (digits: k/16) the copy is stored in single precision, which halves the memory read per
/// step and changes nothing: all arithmetic stays in double precision. The sums run in
/// another order than the reference's (and with fused multiply-adds in release builds for
/// AVX2), so results agree with it to rounding (≈ 1e-13), not bit for bit.
struct FusedStep: Sendable {
  typealias Vector = SIMD8<Double>

  let featureCount: Int
  let count: Int
  private let blockCount: Int
  /// Features in blocks, single precision (used when exact), else empty.
  private let singles: [Float]
  /// Features in blocks, double precision (used when `singles` is empty).
  private let doubles: [Double]
  /// Labels padded with zeros to a whole number of blocks.
  private let labels: [Double]
  /// 1 in the lanes of the last block that hold an example, 0 in the padding.
  private let lastBlockLanes: Vector

  init(examples: Examples) {
    let n = examples.featureCount
    let m = examples.count
    featureCount = n
    count = m
    blockCount = (m + 7) / 8

    var packed = [Double](repeating: 0, count: blockCount * n * 8)
    for i in 0..<m {
      let (block, lane) = i.quotientAndRemainder(dividingBy: 8)
      for j in 0..<n {
        packed[(block * n + j) * 8 + lane] = examples.features[i * n + j]
      }
    }
    if packed.allSatisfy({ Double(Float($0)) == $0 }) {
      singles = packed.map { Float($0) }
      doubles = []
    } else {
      singles = []
      doubles = packed
    }
    labels = examples.labels + [Double](repeating: 0, count: blockCount * 8 - m)
    let filled = m % 8 == 0 ? 8 : m % 8
    lastBlockLanes = Vector((0..<8).map { $0 < filled ? 1 : 0 })
  }

  /// Whether the features are kept in single precision.
  var storesSinglePrecision: Bool { !singles.isEmpty || count == 0 }

  /// J, dw and db at (w, b); with `withGradients` false only J (dw empty, db 0).
  func run(_ model: LogisticRegression, withGradients: Bool) -> Gradients {
    precondition(model.weights.count == featureCount, "n_x of X and w differ")
    guard count > 0 else {
      return Gradients(
        cost: 0, dw: withGradients ? [Double](repeating: 0, count: featureCount) : [], db: 0)
    }
    if !singles.isEmpty {
      return singles.withUnsafeBytes { features in
        run(model, withGradients: withGradients, features: features.baseAddress!, rowBytes: 32) {
          Vector($0.loadUnaligned(as: SIMD8<Float>.self))
        }
      }
    }
    return doubles.withUnsafeBytes { features in
      run(model, withGradients: withGradients, features: features.baseAddress!, rowBytes: 64) {
        $0.loadUnaligned(as: Vector.self)
      }
    }
  }

  /// Blocks handled together: 8 blocks of 8 examples keep their features (16 KB as singles
  /// for digits) in the first-level cache between the forward and the backward part.
  private static let chunkBlocks = 8

  /// The pass itself. `features` points at the blocks; one feature of one block (a row of
  /// eight values) takes `rowBytes` and `load` reads it as doubles. Offsets are computed
  /// with wrapping arithmetic: they are bounded by the array's size, and overflow checks in
  /// the innermost loops would cost more than the arithmetic.
  @inline(__always)
  private func run(
    _ model: LogisticRegression, withGradients: Bool, features: UnsafeRawPointer,
    rowBytes: Int, load: (UnsafeRawPointer) -> Vector
  ) -> Gradients {
    let n = featureCount
    let blockBytes = n &* rowBytes
    let scratch = UnsafeMutablePointer<Vector>.allocate(capacity: n + 2 * Self.chunkBlocks)
    defer { scratch.deallocate() }
    scratch.initialize(repeating: .zero, count: n + 2 * Self.chunkBlocks)
    let partialDw = scratch
    let zs = scratch + n
    let dzs = zs + Self.chunkBlocks
    let w = UnsafeMutablePointer<Double>.allocate(capacity: n)
    defer { w.deallocate() }
    for j in 0..<n { w[j] = model.weights[j] }
    var partialCost = Vector.zero
    var partialDb = Vector.zero

    for chunk in stride(from: 0, to: blockCount, by: Self.chunkBlocks) {
      let blocks = min(Self.chunkBlocks, blockCount - chunk)
      let chunkStart = features + chunk &* blockBytes

      // Forward: z = wᵀx + b for eight examples at a time. Four running sums instead of one
      // let the additions overlap instead of waiting for each other.
      for k in 0..<blocks {
        var row = chunkStart + k &* blockBytes
        var z0 = Vector(repeating: model.bias)
        var z1 = Vector.zero
        var z2 = Vector.zero
        var z3 = Vector.zero
        var j = 0
        while j &+ 4 <= n {
          z0 = multiplyAdd(z0, w[j], load(row))
          z1 = multiplyAdd(z1, w[j &+ 1], load(row + rowBytes))
          z2 = multiplyAdd(z2, w[j &+ 2], load(row + 2 &* rowBytes))
          z3 = multiplyAdd(z3, w[j &+ 3], load(row + 3 &* rowBytes))
          row += 4 &* rowBytes
          j &+= 4
        }
        while j < n {
          z0 = multiplyAdd(z0, w[j], load(row))
          row += rowBytes
          j &+= 1
        }
        zs[k] = (z0 + z1) + (z2 + z3)
      }

      // σ, the loss and dz, block by block; independent, so they overlap too.
      for k in 0..<blocks {
        let (loss, dz) = activate(zs[k], block: chunk &+ k)
        partialCost += loss
        dzs[k] = dz
        partialDb += dz
      }
      guard withGradients else { continue }

      // Backward: dw_j += dz · x_j, two blocks per pass over dw.
      var k = 0
      while k &+ 2 <= blocks {
        let (first, second) = (dzs[k], dzs[k &+ 1])
        var row = chunkStart + k &* blockBytes
        for j in 0..<n {
          partialDw[j] = multiplyAdd(
            multiplyAdd(partialDw[j], first, load(row)), second, load(row + blockBytes))
          row += rowBytes
        }
        k &+= 2
      }
      if k < blocks {
        let dz = dzs[k]
        var row = chunkStart + k &* blockBytes
        for j in 0..<n {
          partialDw[j] = multiplyAdd(partialDw[j], dz, load(row))
          row += rowBytes
        }
      }
    }

    let m = Double(count)
    let dw = withGradients ? (0..<n).map { partialDw[$0].sum() / m } : []
    return Gradients(
      cost: partialCost.sum() / m, dw: dw, db: withGradients ? partialDb.sum() / m : 0)
  }

  /// sum + a·b. A fused multiply-add (one rounding) when the build targets a processor that
  /// has one (`DESCENT_FMA`); otherwise a product then a sum, because without the instruction
  /// the fused form becomes a library call per lane.
  @inline(__always)
  private func multiplyAdd(_ sum: Vector, _ a: Vector, _ b: Vector) -> Vector {
    #if DESCENT_FMA
      sum.addingProduct(a, b)
    #else
      sum + a * b
    #endif
  }

  @inline(__always)
  private func multiplyAdd(_ sum: Vector, _ a: Double, _ b: Vector) -> Vector {
    #if DESCENT_FMA
      sum.addingProduct(a, b)
    #else
      sum + a * b
    #endif
  }

  /// The loss and dz of the eight examples of `block` from their z:
  ///
  /// ```
  /// e = e^(−|z|),  a = σ(z) = (z ≥ 0 ? 1 : e) / (1 + e),  dz = a − y
  /// L = y·max(−z, 0) + (1 − y)·max(z, 0) + log(1 + e)
  /// ```
  ///
  /// Lanes past the last example give 0 for both (their x are 0, so dw needs no mask).
  /// Everything is arithmetic or bit operations: no lane masks (see `VectorMath`).
  @inline(__always)
  private func activate(_ z: Vector, block: Int) -> (loss: Vector, dz: Vector) {
    let label = labels.withUnsafeBufferPointer { y in
      UnsafeRawPointer(y.baseAddress! + block * 8).loadUnaligned(as: Vector.self)
    }
    let one = Vector(repeating: 1)
    let size = VectorMath.magnitude(z)
    let e = VectorMath.exp(negativeOf: size)

    // Numerator of σ: 1 where z ≥ 0, e where z < 0, picked by the sign bit.
    let negative = VectorMath.negativeMask(z)
    let numerator = VectorMath.vector(
      (VectorMath.bits(e) & negative) | (VectorMath.bits(one) & ~negative))
    // One division serves both σ = numerator/(1 + e) and s = e/(2 + e) for log(1 + e).
    let onePlusE = one + e
    let twoPlusE = e + 2
    let reciprocal = one / (onePlusE * twoPlusE)
    let a = numerator * twoPlusE * reciprocal

    // max(z, 0) = (z + |z|)/2 and max(−z, 0) = (|z| − z)/2, both exact.
    let linear = 0.5 * (z + size)
    let flipped = 0.5 * (size - z)
    var loss =
      label * flipped + (one - label) * linear + VectorMath.twiceAtanh(e * onePlusE * reciprocal)
    var dz = a - label

    if block == blockCount - 1 {
      loss *= lastBlockLanes
      dz *= lastBlockLanes
    }
    return (loss, dz)
  }
}

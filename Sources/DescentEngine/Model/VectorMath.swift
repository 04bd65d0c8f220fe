/// e^x and log(1 + x) on eight lanes at once, for the fused training step.
///
/// The standard library's `exp` and `log1p` work one number at a time (≈ 12 ns a call here),
/// which would be the largest single cost of a step. These take eight at once with plain
/// arithmetic and bit operations that the compiler turns into vector instructions. Lane
/// masks (`.<`, `replacing(with:where:)`) are avoided on purpose: the compiler splits them
/// into two-lane pieces, which made the whole step several times slower. Only the ranges the
/// step needs are covered, and there they agree with the scalar functions to a few units in
/// the last place.
enum VectorMath {
  typealias Vector = SIMD8<Double>
  typealias Bits = SIMD8<Int64>

  private static let ln2High = 6.93147180369123816490e-01
  private static let ln2Low = 1.90821492927058770002e-10
  private static let log2e = 1.44269504088896338700e+00
  /// 1.5 · 2⁵²: adding it rounds a number below 2⁵¹ to an integer held in the low bits.
  private static let roundingShift = 6_755_399_441_055_744.0
  private static let roundingShiftBits = Int64(bitPattern: 0x4338_0000_0000_0000)
  private static let signBit = Int64.min
  /// The bits of 708, past which e^−x would leave the normal doubles.
  private static let limitBits = Int64(bitPattern: (708.0).bitPattern)

  /// Reinterprets the bits of eight doubles as integers, and back.
  @inline(__always) static func bits(_ x: Vector) -> Bits { unsafeBitCast(x, to: Bits.self) }
  @inline(__always) static func vector(_ b: Bits) -> Vector { unsafeBitCast(b, to: Vector.self) }

  /// |x|, by clearing the sign bit.
  @inline(__always) static func magnitude(_ x: Vector) -> Vector {
    vector(bits(x) & ~Bits(repeating: signBit))
  }

  /// All ones in the lanes where x is negative (sign bit set, −0 included), zeros elsewhere.
  @inline(__always) static func negativeMask(_ x: Vector) -> Bits {
    bits(x) &>> 63
  }

  /// e^(−t) for t ≥ 0 (the step takes e^(−|z|)).
  ///
  /// ```
  /// −t = k·ln 2 + r,  k = round(−t / ln 2),  |r| ≤ ln2 / 2
  /// e^(−t) = 2^k · e^r,  e^r by its Taylor series to r¹³ (error < 10⁻¹⁷ relative)
  /// ```
  ///
  /// t is first limited to 708, so beyond it the result stays e^−708 ≈ 3·10⁻³⁰⁸ instead of
  /// shrinking to 0: a difference no sum in the step can see.
  @inline(__always)
  static func exp(negativeOf t: Vector) -> Vector {
    // min(t, 708) on the bits: for t ≥ 0 the integer order of the bits is the number order.
    let tBits = bits(t)
    let over = (Bits(repeating: limitBits) &- tBits) &>> 63
    let x = -vector((tBits & ~over) | (Bits(repeating: limitBits) & over))

    let shifted = x * log2e + roundingShift
    let k = shifted - roundingShift
    let r = (x - k * ln2High) - k * ln2Low

    var p = Vector(repeating: 1.0 / 6_227_020_800)  // 1/13!
    p = p * r + 1.0 / 479_001_600
    p = p * r + 1.0 / 39_916_800
    p = p * r + 1.0 / 3_628_800
    p = p * r + 1.0 / 362_880
    p = p * r + 1.0 / 40_320
    p = p * r + 1.0 / 5_040
    p = p * r + 1.0 / 720
    p = p * r + 1.0 / 120
    p = p * r + 1.0 / 24
    p = p * r + 1.0 / 6
    p = p * r + 0.5
    p = p * r + 1
    p = p * r + 1

    // 2^k: k sits in the low bits of `shifted`; move k + 1023 into the exponent field.
    let kBits = bits(shifted) &- roundingShiftBits
    let scale = vector((kBits &+ 1023) &<< 52)
    return p * scale
  }

  /// log(1 + e) for 0 ≤ e ≤ 1:
  ///
  /// ```
  /// log(1 + e) = 2·atanh(s) = 2s (1 + s²/3 + s⁴/5 + … + s³⁰/31),  s = e / (2 + e) ≤ 1/3
  /// ```
  ///
  /// Sixteen terms reach full precision at s = 1/3 (the next is below 10⁻¹⁷ relative). Small
  /// e keep their relative accuracy (s ≈ e/2), which `log(1 + e)` written directly would
  /// lose.
  @inline(__always)
  static func log1p(unitInterval e: Vector) -> Vector {
    twiceAtanh(e / (e + 2))
  }

  /// 2·atanh(s) for 0 ≤ s ≤ 1/3, the series above; `log1p(unitInterval:)` with s given, for
  /// a caller that already has s from a division it shares.
  @inline(__always)
  static func twiceAtanh(_ s: Vector) -> Vector {
    let s2 = s * s

    var p = Vector(repeating: 1.0 / 31)
    p = p * s2 + 1.0 / 29
    p = p * s2 + 1.0 / 27
    p = p * s2 + 1.0 / 25
    p = p * s2 + 1.0 / 23
    p = p * s2 + 1.0 / 21
    p = p * s2 + 1.0 / 19
    p = p * s2 + 1.0 / 17
    p = p * s2 + 1.0 / 15
    p = p * s2 + 1.0 / 13
    p = p * s2 + 1.0 / 11
    p = p * s2 + 1.0 / 9
    p = p * s2 + 1.0 / 7
    p = p * s2 + 1.0 / 5
    p = p * s2 + 1.0 / 3
    p = p * s2 + 1
    return 2 * s * p
  }
}

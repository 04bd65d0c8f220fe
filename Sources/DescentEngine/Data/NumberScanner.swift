/// Reads one decimal number straight from the bytes of a file, without making a `String`.
///
/// Accepted: an optional sign, digits with an optional decimal point, and an optional
/// exponent (`12`, `-0.5`, `.25`, `1e-3`, `4.2E+2`). Not accepted: `nan`, `inf`, hex, empty
/// text, spaces inside.
///
/// Numbers with at most 15 significant digits and a decimal exponent within ±22 — every
/// number in the bundled data sets — are converted exactly: the digits and the power of ten
/// are both exact doubles, so one multiplication or division rounds correctly (Clinger's fast
/// path). Anything longer goes through the standard library's correctly rounded parser.
enum NumberScanner {
  private static let powersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]

  /// The number spelled by `bytes`, or nil when they do not spell a finite number.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    var index = 0
    let end = bytes.count
    var negative = false
    if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
      negative = bytes[index] == UInt8(ascii: "-")
      index += 1
    }

    var mantissa: UInt64 = 0
    var significantDigits = 0
    var digitsSeen = 0
    var exponent = 0
    var afterPoint = false
    while index < end {
      let byte = bytes[index]
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        digitsSeen += 1
        let digit = UInt64(byte &- UInt8(ascii: "0"))
        if significantDigits > 0 || digit != 0 {
          significantDigits += 1
          if significantDigits <= 19 { mantissa = mantissa &* 10 &+ digit } else { exponent += 1 }
        }
        if afterPoint && significantDigits <= 19 { exponent -= 1 }
      } else if byte == UInt8(ascii: "."), !afterPoint {
        afterPoint = true
      } else {
        break
      }
      index += 1
    }
    guard digitsSeen > 0 else { return nil }

    if index < end, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      var exponentNegative = false
      if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
        exponentNegative = bytes[index] == UInt8(ascii: "-")
        index += 1
      }
      var written = 0
      var exponentDigits = 0
      while index < end, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
        if written < 100_000 { written = written * 10 + Int(bytes[index] &- UInt8(ascii: "0")) }
        exponentDigits += 1
        index += 1
      }
      guard exponentDigits > 0 else { return nil }
      exponent += exponentNegative ? -written : written
    }
    guard index == end else { return nil }

    if mantissa == 0 { return negative ? -0.0 : 0 }
    if significantDigits <= 15 && abs(exponent) <= 22 {
      let digits = Double(mantissa)
      let value = exponent >= 0 ? digits * powersOfTen[exponent] : digits / powersOfTen[-exponent]
      return negative ? -value : value
    }
    guard let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite else {
      return nil
    }
    return value
  }
}

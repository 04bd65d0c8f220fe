extension String {
  /// The text with every control character (C0, DEL and C1, save none) written as a Swift
  /// escape, `\u{1B}`, so that text quoted from a file cannot move the cursor, change colours
  /// or clear the screen of the terminal that prints it.
  public var escapingControlCharacters: String {
    var result = ""
    result.reserveCapacity(utf8.count)
    for scalar in unicodeScalars {
      if scalar.properties.generalCategory == .control {
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}

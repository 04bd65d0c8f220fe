/// The lines of a lesson file, decoded as UTF-8.
///
/// Bytes that are not UTF-8 become U+FFFD (�), and each line holding such bytes gets a
/// warning with the column of the first one, so a file saved in another encoding still loads
/// and the instructor learns where to look.
struct LessonText {
  /// The lines without their line breaks (`\n` or `\r\n`).
  var lines: [String]
  /// One warning (file, line, column) per line that was not valid UTF-8.
  var invalidLines: [(line: Int, column: Int)]

  init(bytes: [UInt8]) {
    var content = bytes[...]
    if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }

    var lines: [String] = []
    var invalid: [(Int, Int)] = []
    var pieces = content.split(separator: 0x0A, omittingEmptySubsequences: false)
    if content.last == 0x0A { pieces.removeLast() }
    for (index, piece) in pieces.enumerated() {
      var raw = piece
      if raw.last == 0x0D { raw = raw.dropLast() }
      if let valid = String(validating: raw, as: UTF8.self) {
        lines.append(valid)
      } else {
        lines.append(String(decoding: raw, as: UTF8.self))
        invalid.append((index + 1, Self.firstInvalidColumn(raw)))
      }
    }
    self.lines = lines
    self.invalidLines = invalid
  }

  /// The 1-based character column of the first byte that does not decode.
  private static func firstInvalidColumn(_ bytes: ArraySlice<UInt8>) -> Int {
    var end = bytes.startIndex
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var consumed = 0
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        consumed += UTF8.width(scalar)
        end = bytes.startIndex + consumed
      case .emptyInput, .error:
        break loop
      }
    }
    let prefix = String(decoding: bytes[bytes.startIndex..<end], as: UTF8.self)
    return prefix.count + 1
  }
}

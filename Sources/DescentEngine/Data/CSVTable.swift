import Foundation

/// The numbers of a comma-separated file, read straight from its bytes.
///
/// Every data row must hold the same number of fields and every field must be a number. An
/// optional first line holding a word (a field that is neither empty nor number-like, as
/// `nan` or `inf` are) is kept aside as the header.
/// Blank lines are skipped; `\r\n` line ends are accepted. Quoted fields are not supported:
/// the data sets are plain numbers.
struct CSVTable {
  /// The header line's fields, when the file has one.
  var header: [String]?
  /// Fields per row.
  var columnCount = 0
  /// All numbers, row after row.
  var values: [Double] = []
  /// The 1-based line of each row in the file.
  var lines: [Int] = []
  /// The 1-based column where each row's last field starts.
  var lastFieldColumns: [Int] = []

  var rowCount: Int { lines.count }

  /// The value in `row`, `column` (both 0-based).
  subscript(row: Int, column: Int) -> Double { values[row * columnCount + column] }

  /// Parses the bytes of `file`.
  /// - Parameter allowsHeader: whether a first line with words is a header rather than an
  ///   error.
  static func parse(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, allowsHeader: Bool
  ) throws(DataError) -> CSVTable {
    var table = CSVTable()
    var lineStart = 0
    var lineNumber = 0
    var fields: [Double] = []
    while lineStart < bytes.count {
      lineNumber += 1
      var lineEnd = lineStart
      while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
      defer { lineStart = lineEnd + 1 }
      var contentEnd = lineEnd
      if contentEnd > lineStart && bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
      let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<contentEnd])
      if line.allSatisfy(isBlank) { continue }

      let isFirstLine = table.rowCount == 0 && table.header == nil
      fields.removeAll(keepingCapacity: true)
      var fieldStart = 0
      var lastFieldColumn = 1
      var fieldNumber = 0
      while fieldStart <= line.count {
        var fieldEnd = fieldStart
        while fieldEnd < line.count && line[fieldEnd] != UInt8(ascii: ",") { fieldEnd += 1 }
        fieldNumber += 1
        var first = fieldStart
        var last = fieldEnd
        while first < last && isBlank(line[first]) { first += 1 }
        while last > first && isBlank(line[last - 1]) { last -= 1 }
        let text = UnsafeBufferPointer(rebasing: line[first..<last])
        lastFieldColumn = first + 1
        if let value = NumberScanner.parse(text) {
          fields.append(value)
        } else if isFirstLine && allowsHeader && hasWord(line) {
          table.header = splitWords(line)
          break
        } else {
          let shown = String(decoding: text, as: UTF8.self)
          let reason =
            shown.isEmpty
            ? "field \(fieldNumber) is empty"
            : isNumberLike(shown)
              ? "field \(fieldNumber) is not a finite number: '\(shown)'"
              : "field \(fieldNumber) is not a number: '\(shown)'"
          throw DataError(file: file, line: lineNumber, column: first + 1, reason: reason)
        }
        fieldStart = fieldEnd + 1
      }
      if isFirstLine && table.header != nil { continue }

      if table.rowCount == 0 {
        table.columnCount = fields.count
        table.values.reserveCapacity(fields.count * (bytes.count / max(1, line.count + 1) + 1))
      } else if fields.count != table.columnCount {
        throw DataError(
          file: file, line: lineNumber,
          reason: "row has \(fields.count) fields, expected \(table.columnCount) "
            + "like line \(table.lines[0])")
      }
      table.values.append(contentsOf: fields)
      table.lines.append(lineNumber)
      table.lastFieldColumns.append(lastFieldColumn)
    }

    guard table.rowCount > 0 else {
      let reason =
        table.header == nil ? "the file is empty" : "the file has a header but no examples"
      throw DataError(file: file, line: max(1, lineNumber), reason: reason)
    }
    return table
  }

  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
  }

  /// Whether `line` has a field that is a word: not empty and not number-like. A line of
  /// numbers with a `nan`, `inf` or `1e400` among them is a bad row, not a header.
  private static func hasWord(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    splitWords(line).contains { field in
      let text = field.trimmingCharacters(in: .whitespaces)
      return !text.isEmpty && !isNumberLike(text)
    }
  }

  /// A number, finite or not, as Swift spells one: `12`, `1e400`, `nan`, `-inf`, `infinity`.
  private static func isNumberLike(_ text: String) -> Bool {
    Double(text) != nil || Double(text.lowercased()) != nil
  }

  private static func splitWords(_ line: UnsafeBufferPointer<UInt8>) -> [String] {
    String(decoding: line, as: UTF8.self).split(separator: ",", omittingEmptySubsequences: false)
      .map { String($0) }
  }
}

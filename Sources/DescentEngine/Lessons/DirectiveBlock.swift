/// The raw lines of a `::: name` … `:::` block, before they are read as a widget.
struct DirectiveBlock {
  /// The widget's name as written after `:::`.
  var name: String
  /// Line of the `::: name` line.
  var line: Int
  /// Column of the name on that line.
  var nameColumn: Int
  /// The lines between the opening and the closing `:::`, with their line numbers.
  var lines: [(number: Int, text: String)] = []
}

/// One `name: value` line of a block (continued on indented lines that follow it).
struct BlockParameter {
  var name: String
  var line: Int
  var column: Int
  var value: String
  /// Where the value starts, for errors about the value.
  var valueLine: Int
  var valueColumn: Int
}

/// A problem found inside a block, placed at a line and column.
struct BlockProblem {
  var line: Int
  var column: Int
  var message: String
  var severity = LessonDiagnostic.Severity.error
}

extension DirectiveBlock {
  /// Splits a line `name: value` into the name, the value and the value's column; `nil` when
  /// the line is not of that form.
  static func splitParameter(_ text: String) -> (name: String, value: String, column: Int)? {
    guard let colon = text.firstIndex(of: ":") else { return nil }
    let name = text[..<colon]
    guard let first = name.first, first.isLetter,
      name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    else { return nil }
    let afterColon = text[text.index(after: colon)...]
    let spaces = afterColon.prefix(while: \.isWhitespace).count
    let column = name.count + 1 + spaces + 1
    return (String(name), afterColon.trimmed, column)
  }
}

import Foundation

/// Reading one parameter's value; each reader reports a problem at the value's column and
/// returns `nil` when the value is not what the parameter needs.
extension WidgetReader {
  func number(_ parameter: BlockParameter) -> Double? {
    guard let value = Double(parameter.value), value.isFinite else {
      problem(
        parameter.valueLine, parameter.valueColumn,
        "'\(parameter.name)' must be a number, not '\(parameter.value)'")
      return nil
    }
    return value
  }

  /// A number > 0, such as α or ε; `symbol` names it in the message.
  func positive(_ parameter: BlockParameter, symbol: String) -> Double? {
    guard let value = Double(parameter.value), value.isFinite, value > 0 else {
      problem(
        parameter.valueLine, parameter.valueColumn,
        "\(symbol) must be a positive number, not '\(parameter.value)'")
      return nil
    }
    return value
  }

  /// A whole number ≥ `minimum`.
  func count(_ parameter: BlockParameter, atLeast minimum: Int) -> Int? {
    guard let value = Int(parameter.value), value >= minimum else {
      problem(
        parameter.valueLine, parameter.valueColumn,
        "'\(parameter.name)' must be a whole number \(minimum) or more, not '\(parameter.value)'")
      return nil
    }
    return value
  }

  /// A digit 0–9, for `target`.
  func digit(_ parameter: BlockParameter) -> Int? {
    guard let value = Int(parameter.value), (0...9).contains(value) else {
      problem(
        parameter.valueLine, parameter.valueColumn,
        "'\(parameter.name)' must be a digit from 0 to 9, not '\(parameter.value)'")
      return nil
    }
    return value
  }

  /// `on`/`off` (also `yes`/`no`, `true`/`false`).
  func switchValue(_ parameter: BlockParameter) -> Bool? {
    switch parameter.value.lowercased() {
    case "on", "yes", "true": return true
    case "off", "no", "false": return false
    default:
      problem(
        parameter.valueLine, parameter.valueColumn,
        "'\(parameter.name)' must be 'on' or 'off', not '\(parameter.value)'")
      return nil
    }
  }

  func showValue(_ parameter: BlockParameter) -> ImageWidget.Show? {
    guard let show = ImageWidget.Show(rawValue: parameter.value) else {
      problem(
        parameter.valueLine, parameter.valueColumn,
        "'show' must be 'digit' or 'weights', not '\(parameter.value)'")
      return nil
    }
    return show
  }

  /// An input's name: a letter, then letters, digits or `_`.
  func name(_ parameter: BlockParameter) -> String? {
    guard Self.isName(parameter.value) else {
      problem(
        parameter.valueLine, parameter.valueColumn,
        "'\(parameter.value)' is not an input name (a letter, then letters, digits or _)")
      return nil
    }
    return parameter.value
  }

  static func isName<S: StringProtocol>(_ text: S) -> Bool {
    guard let first = text.first, first.isLetter else { return false }
    return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
  }

  /// A formula the tutor can compute; a parse error points at its column in the file.
  func formula(_ parameter: BlockParameter) -> Formula? {
    do {
      return try Formula.parse(parameter.value)
    } catch {
      problem(
        parameter.valueLine, parameter.valueColumn + error.column - 1,
        "the formula does not parse: \(error.message)")
      return nil
    }
  }

  /// Checks that `values` (and `input`, when given) give a value to every input of the formula
  /// and name nothing else.
  func checkInputs(
    of formula: Formula, at parameter: BlockParameter, values: [NamedValue],
    input: (name: String, parameter: BlockParameter)? = nil
  ) {
    let list = formula.inputs.isEmpty ? "none" : formula.inputs.joined(separator: ", ")
    if let input, !formula.inputs.contains(input.name) {
      problem(
        input.parameter.valueLine, input.parameter.valueColumn,
        "'\(input.name)' is not an input of the formula; its inputs are \(list)")
      return
    }
    for value in values where !formula.inputs.contains(value.name) || value.name == input?.name {
      let column = valueColumns[value.name] ?? 1
      let reason =
        value.name == input?.name
        ? "'\(value.name)' is the nudged input; its value is 'start'"
        : "'\(value.name)' is not an input of the formula; its inputs are \(list)"
      problem(valuesLine, column, reason)
    }
    for name in formula.inputs where name != input?.name {
      guard !values.contains(where: { $0.name == name }) else { continue }
      problem(
        parameter.valueLine, parameter.valueColumn + (formula.column(of: name) ?? 1) - 1,
        "the formula's input '\(name)' has no value; give it one in 'values: \(name) = …'")
    }
  }

  /// Warns when the formula has no finite value where the widget starts (`log(a)` at a = 0):
  /// the widget can show that, but it is seldom what a lesson means to open on.
  func warnIfUndefined(
    _ formula: Formula, at parameter: BlockParameter, values: [String: Double]
  ) {
    guard let value = try? formula.evaluate(values), !value.isFinite else { return }
    let place = values.sorted { $0.key < $1.key }
      .map { "\($0.key) = \(formatNumber($0.value))" }.joined(separator: ", ")
    problems.append(
      BlockProblem(
        line: parameter.valueLine, column: parameter.valueColumn,
        message: "the formula has no finite value at \(place)", severity: .warning))
  }

  /// `a = 5, b = 3, c = 2`: each input once, each a finite number.
  func namedValues(_ parameter: BlockParameter) -> [NamedValue]? {
    valuesLine = parameter.valueLine
    var values: [NamedValue] = []
    var ok = true
    var offset = 0
    for item in parameter.value.split(separator: ",", omittingEmptySubsequences: false) {
      let column = parameter.valueColumn + offset + item.prefix(while: \.isWhitespace).count
      offset += item.count + 1
      let sides = item.split(separator: "=", omittingEmptySubsequences: false)
      guard sides.count == 2, Self.isName(sides[0].trimmed),
        let value = Double(sides[1].trimmed), value.isFinite
      else {
        problem(
          parameter.valueLine, column,
          "expected 'name = number' in '\(parameter.name)', not '\(item.trimmed)'")
        ok = false
        continue
      }
      let name = sides[0].trimmed
      if values.contains(where: { $0.name == name }) {
        problem(parameter.valueLine, column, "'\(name)' is given a value twice")
        ok = false
      }
      values.append(NamedValue(name: name, value: value))
      valueColumns[name] = column
    }
    return ok ? values : nil
  }

  /// `digits`, `breast-cancer`, or a CSV file relative to the lessons folder; the file must
  /// exist, and a CSV file must load.
  func dataset(_ parameter: BlockParameter) -> LessonDataset? {
    let dataset: LessonDataset
    switch parameter.value {
    case "digits": dataset = .digits
    case "breast-cancer": dataset = .breastCancer
    default:
      let path = parameter.value
      let url =
        path.hasPrefix("/")
        ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
      dataset = .csv(path: path, url: url)
    }
    let file = dataset.file(inLessonsFolder: folder)
    guard FileManager.default.fileExists(atPath: file.path) else {
      let message =
        switch dataset {
        case .csv:
          "no data set '\(parameter.value)': name 'digits', 'breast-cancer' or a CSV file "
            + "in the lessons folder"
        default:
          "the data set '\(parameter.value)' is missing: expected \(file.lastPathComponent) "
            + "in the folder data/ beside the lessons"
        }
      problem(parameter.valueLine, parameter.valueColumn, message)
      return nil
    }
    if case .csv(let path, let url) = dataset,
      let error = LessonDatasetCheck.problem(loading: url, writtenAs: path)
    {
      problem(
        parameter.valueLine, parameter.valueColumn,
        "the data set '\(path)' cannot be loaded: \(error.description)")
      return nil
    }
    return dataset
  }

  /// A 1-based row that the data set has.
  func row(_ parameter: BlockParameter, in dataset: LessonDataset?) -> Int? {
    guard let row = count(parameter, atLeast: 1) else { return nil }
    guard let dataset else { return row }
    let rows = Self.rowCount(of: dataset.file(inLessonsFolder: folder))
    guard row <= rows else {
      problem(
        parameter.valueLine, parameter.valueColumn,
        "row \(row) is past the end: '\(dataset.name)' has \(rows) rows")
      return nil
    }
    return row
  }

  /// The number of examples in a CSV file: its non-empty lines, less a header line (one
  /// with a field that is not a number).
  static func rowCount(of file: URL) -> Int {
    guard let data = FileManager.default.contents(atPath: file.path) else { return 0 }
    let newline = UInt8(ascii: "\n")
    var lines = 0
    var lineHasContent = false
    data.withUnsafeBytes { bytes in
      for byte in bytes {
        if byte == newline {
          if lineHasContent { lines += 1 }
          lineHasContent = false
        } else if byte > 0x20 {
          lineHasContent = true
        }
      }
    }
    if lineHasContent { lines += 1 }
    let firstLine = data.prefix { $0 != newline }
    let fields = String(decoding: firstLine, as: UTF8.self).split(separator: ",")
    let isHeader = fields.contains { Double($0.trimmed) == nil }
    return isHeader ? lines - 1 : lines
  }

}

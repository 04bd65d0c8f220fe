import Foundation

extension DataSplit {
  /// Loads a data set and splits it the fixed way.
  ///
  /// - Parameters:
  ///   - source: which data set, and how to prepare it.
  ///   - dataDirectory: the folder holding `digits.csv` and `breast_cancer.csv`; nil means
  ///     `LessonsDirectory.dataDirectory()`. Not used for `.csv`, whose path stands alone
  ///     (relative to the current folder).
  /// - Throws: a `DataError` naming the file, and the line and column where one is at fault.
  public static func load(
    _ source: DatasetSource, dataDirectory: URL? = nil
  ) throws(DataError) -> DataSplit {
    switch source {
    case .digits(let target):
      guard (0...9).contains(target) else {
        throw DataError(file: "digits", reason: "the target digit must be 0–9, not \(target)")
      }
      let path = try bundledPath("digits.csv", in: dataDirectory)
      return try loadDigits(path: path, target: target, name: source.name)
    case .breastCancer(let scaled):
      let path = try bundledPath("breast_cancer.csv", in: dataDirectory)
      return try loadLabelled(path: path, scaled: scaled, name: source.name)
    case .csv(let path, let scaled):
      return try loadLabelled(path: path, scaled: scaled, name: source.name)
    }
  }

  private static func bundledPath(_ fileName: String, in folder: URL?) throws(DataError) -> String {
    guard let folder = folder ?? LessonsDirectory.dataDirectory() else {
      throw DataError(
        file: fileName,
        reason:
          "cannot find the data folder lessons/data; set DESCENT_LESSONS to the lessons folder")
    }
    return folder.appendingPathComponent(fileName).path
  }

  /// Digits: 64 pixels 0…16 then the digit 0…9 on each line, no header.
  /// x = pixel / 16; y = 1 when the digit is `target`.
  private static func loadDigits(
    path: String, target: Int, name: String
  ) throws(DataError) -> DataSplit {
    let table = try readTable(path: path, allowsHeader: false)
    guard table.columnCount == 65 else {
      throw DataError(
        file: path, line: table.lines[0],
        reason: "a digits row has 65 fields (64 pixels, then the digit), not \(table.columnCount)")
    }

    var features = [Double]()
    features.reserveCapacity(table.rowCount * 64)
    var labels = [Double]()
    labels.reserveCapacity(table.rowCount)
    for row in 0..<table.rowCount {
      for column in 0..<64 { features.append(table[row, column] / 16) }
      let digit = table[row, 64]
      guard digit == digit.rounded(), (0...9).contains(digit) else {
        throw DataError(
          file: path, line: table.lines[row], column: table.lastFieldColumns[row],
          reason: "the digit must be a whole number 0–9, not \(formatNumber(digit))")
      }
      labels.append(Int(digit) == target ? 1 : 0)
    }
    let all = Examples(featureCount: 64, features: features, labels: labels)
    let description =
      "8×8 handwritten digits from \(fileName(path)), pixels divided by 16; "
      + "y = 1 when the digit is \(target)"
    return DataSplit(name: name, description: description, all: all, scaled: false)
  }

  /// Any CSV whose last column is the 0/1 label; an optional header line.
  private static func loadLabelled(
    path: String, scaled: Bool, name: String
  ) throws(DataError) -> DataSplit {
    let table = try readTable(path: path, allowsHeader: true)
    guard table.columnCount >= 2 else {
      throw DataError(
        file: path, line: table.lines[0],
        reason: "a row needs at least one feature and then the 0/1 label")
    }

    guard table.rowCount >= 2 else {
      throw DataError(
        file: path, line: table.lines[0],
        reason: "only 1 example; at least 2 are needed to keep some for testing")
    }

    let n = table.columnCount - 1
    var features = [Double]()
    features.reserveCapacity(table.rowCount * n)
    var labels = [Double]()
    labels.reserveCapacity(table.rowCount)
    for row in 0..<table.rowCount {
      for column in 0..<n { features.append(table[row, column]) }
      let label = table[row, n]
      guard label == 0 || label == 1 else {
        throw DataError(
          file: path, line: table.lines[row], column: table.lastFieldColumns[row],
          reason: "the label (last field) must be 0 or 1, not \(formatNumber(label))")
      }
      labels.append(label)
    }
    let all = Examples(featureCount: n, features: features, labels: labels)
    let preparation =
      scaled
      ? "standardised with the training rows' mean and standard deviation"
      : "raw, not scaled"
    let description =
      "\(n) features from \(fileName(path)), \(preparation); y is the last column"
    return DataSplit(name: name, description: description, all: all, scaled: scaled)
  }

  private static func readTable(path: String, allowsHeader: Bool) throws(DataError) -> CSVTable {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw DataError(file: path, reason: "no such file")
    }
    guard !isDirectory.boolValue else {
      throw DataError(file: path, reason: "is a folder, not a CSV file")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DataError(file: path, reason: "cannot read the file")
    }
    let result = data.withUnsafeBytes { raw in
      Result<CSVTable, DataError> { () throws(DataError) -> CSVTable in
        try CSVTable.parse(raw.bindMemory(to: UInt8.self), file: path, allowsHeader: allowsHeader)
      }
    }
    return try result.get()
  }

  private static func fileName(_ path: String) -> String {
    URL(fileURLWithPath: path).lastPathComponent
  }
}

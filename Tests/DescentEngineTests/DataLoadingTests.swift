import Foundation
import Testing

@testable import DescentEngine

@Suite("loading the data sets")
struct DataLoadingTests {
  @Test("digits: 64 pixels divided by 16, y = 1 for the target, split 1437 / 360")
  func digits() throws {
    let split = try DataTestSupport.digits(target: 3)
    #expect(split.featureCount == 64)
    #expect(split.trainCount == 1437)
    #expect(split.testCount == 360)
    #expect(split.train.shapeOfX == "(64, 1437)")
    #expect(split.train.shapeOfY == "(1, 1437)")
    #expect(split.test.shapeOfX == "(64, 360)")

    // First row of digits.csv: 0,0,5,13,9,1,0,0,… and the digit 0.
    let first = split.train.example(0)
    let expected: [Double] = [0, 0, 5.0 / 16, 13.0 / 16]
    #expect(Array(first.prefix(4)) == expected)
    #expect(split.train.labels[0] == 0)
    #expect(split.train.features.allSatisfy { (0...1).contains($0) })
    let positives =
      split.train.labels.filter { $0 == 1 }.count
      + split.test.labels.filter { $0 == 1 }.count
    #expect(positives == 183)  // digit 3 appears 183 times in the file
    #expect(split.scaling == nil)
  }

  @Test("the target digit changes only the labels", arguments: [0, 9])
  func targets(target: Int) throws {
    let split = try DataTestSupport.digits(target: target)
    let three = try DataTestSupport.digits(target: 3)
    #expect(split.train.features == three.train.features)
    #expect(split.train.labels != three.train.labels)
  }

  @Test("breast cancer: 30 features, split 455 / 114, label 1 is benign")
  func breastCancerRaw() throws {
    let split = try DataTestSupport.breastCancer(scaled: false)
    #expect(split.featureCount == 30)
    #expect(split.trainCount == 455)
    #expect(split.testCount == 114)
    #expect(split.train.example(0).first == 17.99)
    #expect(split.train.example(0).last == 0.1189)
    #expect(split.train.labels[0] == 0)
  }

  @Test("scaling uses the training rows: their mean becomes 0 and population deviation 1")
  func breastCancerScaled() throws {
    let split = try DataTestSupport.breastCancer(scaled: true)
    let raw = try DataTestSupport.breastCancer(scaled: false)
    let scaling = try #require(split.scaling)
    let n = split.featureCount
    let m = Double(split.trainCount)
    for j in 0..<n {
      let column = (0..<split.trainCount).map { split.train.features[$0 * n + j] }
      let mean = column.reduce(0, +) / m
      let variance = column.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / m
      #expect(abs(mean) < 1e-12)
      #expect(abs(variance - 1) < 1e-12)
    }
    // The test rows are scaled with the training statistics, not their own.
    let x = raw.test.features[0]
    let expected = (x - scaling.means[0]) / scaling.standardDeviations[0]
    #expect(split.test.features[0] == expected)
  }

  @Test("a CSV with a header and a constant feature loads without NaN")
  func constantFeature() throws {
    let path = try DataTestSupport.writeTemporary(
      "size,colour,label\n1,5,0\n2,5,1\n3,5,0\n4,5,1\n5,5,1\n")
    let split = try DataSplit.load(.csv(path: path, scaled: true), dataDirectory: nil)
    #expect(split.featureCount == 2)
    #expect(split.trainCount == 4)
    #expect(split.testCount == 1)
    #expect(split.train.features.allSatisfy { $0.isFinite })
    #expect(split.test.features.allSatisfy { $0.isFinite })
    #expect(split.train.features[1] == 0)  // constant feature: centred, not divided by 0
    #expect(split.scaling?.standardDeviations[1] == 0)
  }

  @Test("a CSV without a header, with CRLF line ends and blank lines")
  func plainCSV() throws {
    let path = try DataTestSupport.writeTemporary("0.5, -1e-1 ,1\r\n\r\n.25,2E1,0\r\n")
    let split = try DataSplit.load(.csv(path: path, scaled: false), dataDirectory: nil)
    #expect(split.train.features == [0.5, -0.1])
    #expect(split.test.features == [0.25, 20])
    #expect(split.train.labels == [1])
  }

  /// Malformed contents, with the `line:column: reason` expected after the file's path.
  static let malformed: [(contents: String, place: String, reason: String)] = [
    ("1,2,0\n3,4\n", ":2", "row has 2 fields, expected 3 like line 1"),
    ("1,2,0\n3,x,1\n", ":2:3", "field 2 is not a number: 'x'"),
    ("a,b,y\n1,2,0\n3,,1\n", ":3:3", "field 2 is empty"),
    ("1,2,0\n3,4,2\n", ":2:5", "the label (last field) must be 0 or 1, not 2"),
    ("1,2,0\n3,4,0.5\n", ":2:5", "the label (last field) must be 0 or 1, not 0.5"),
    ("", ":1", "the file is empty"),
    ("a,b,label\n", ":1", "the file has a header but no examples"),
    ("1,0\n", ":1", "only 1 example; at least 2 are needed to keep some for testing"),
    ("1,2,0\n3,nan,1\n", ":2:3", "field 2 is not a finite number: 'nan'"),
    ("1,2,0\n3,1e999,1\n", ":2:3", "field 2 is not a finite number: '1e999'"),
    ("1,nan,0\n3,4,1\n", ":1:3", "field 2 is not a finite number: 'nan'"),
    ("-inf,2,0\n3,4,1\n", ":1:1", "field 1 is not a finite number: '-inf'"),
    ("1,Infinity,0\n3,4,1\n", ":1:3", "field 2 is not a finite number: 'Infinity'"),
    ("1,,0\n3,4,1\n", ":1:3", "field 2 is empty"),
    ("a,b,y\n1,\u{1B}[31mRED,0\n", ":2:3", "field 2 is not a number: '\\u{1B}[31mRED'"),
    ("0\n1\n", ":1", "a row needs at least one feature and then the 0/1 label"),
  ]

  @Test("a malformed CSV is refused naming file:line and the column", arguments: malformed)
  func malformedCSV(contents: String, place: String, reason: String) throws {
    let path = try DataTestSupport.writeTemporary(contents)
    #expect(throws: DataError.self) {
      try DataSplit.load(.csv(path: path, scaled: true), dataDirectory: nil)
    }
    do {
      _ = try DataSplit.load(.csv(path: path, scaled: true), dataDirectory: nil)
    } catch {
      #expect(error.description == "\(path)\(place): \(reason)")
    }
  }

  @Test("a missing file and a folder are refused by name")
  func missingFile() throws {
    let missing = "/nonexistent/descent/data.csv"
    #expect(throws: DataError(file: missing, reason: "no such file")) {
      try DataSplit.load(.csv(path: missing, scaled: false), dataDirectory: nil)
    }
    let folder = FileManager.default.temporaryDirectory.path
    #expect(throws: DataError(file: folder, reason: "is a folder, not a CSV file")) {
      try DataSplit.load(.csv(path: folder, scaled: false), dataDirectory: nil)
    }
    let empty = URL(fileURLWithPath: "/nonexistent/descent", isDirectory: true)
    #expect(throws: DataError.self) {
      try DataSplit.load(.digits(target: 3), dataDirectory: empty)
    }
  }

  @Test("a digits file with a bad digit or a short row is refused with its place")
  func malformedDigits() throws {
    let pixels = Array(repeating: "0", count: 64).joined(separator: ",")
    let folder = URL(
      fileURLWithPath: try DataTestSupport.writeTemporary(
        "\(pixels),3\n\(pixels),12\n", name: "digits.csv")
    ).deletingLastPathComponent()
    let path = folder.appendingPathComponent("digits.csv").path
    #expect(
      throws: DataError(
        file: path, line: 2, column: 129, reason: "the digit must be a whole number 0–9, not 12")
    ) {
      try DataSplit.load(.digits(target: 3), dataDirectory: folder)
    }
    #expect(throws: DataError(file: "digits", reason: "the target digit must be 0–9, not 10")) {
      try DataSplit.load(.digits(target: 10), dataDirectory: folder)
    }
  }

  @Test(
    "numbers are read exactly as the standard library reads them",
    arguments: [
      "0", "-0", "17.99", "0.006399", "4254", "1e-3", "-2.5E+2", ".5", "5.", "+3",
      "0.1000000000000000055511151231257827", "123456789012345678901234", "2.2250738585072014e-308",
      "9007199254740993", "1.7976931348623157e308",
    ])
  func numbers(text: String) throws {
    let parsed = Array(text.utf8).withUnsafeBufferPointer { NumberScanner.parse($0) }
    let expected = try #require(Double(text))
    #expect(parsed == expected)
    #expect(parsed?.sign == expected.sign)
  }

  @Test(
    "text that is not a number is refused",
    arguments: [
      "", "-", ".", "e5", "1e", "1.2.3", "nan", "inf", "0x10", "1 2", "--1", "1e+",
    ])
  func notNumbers(text: String) {
    let parsed = Array(text.utf8).withUnsafeBufferPointer { NumberScanner.parse($0) }
    #expect(parsed == nil)
  }
}

import Foundation
import Testing

@Suite("descent lint")
struct LintCommandTests {
  @Test("passes on the shipped lessons with one summary line")
  func shippedLessons() throws {
    let result = try Binary.run(["lint"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 1)
    let summary = try #require(lines.first)
    #expect(summary.wholeMatch(of: /\d+ lessons, \d+ steps, \d+ polls: ok/) != nil)
    #expect(result.stderr == "")
  }

  @Test("prints every error as FILE:LINE:COLUMN: message and exits with 1")
  func brokenLessons() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("descent-lint-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("# Good\n\nFine.\n".utf8).write(to: folder.appendingPathComponent("01-good.lesson"))
    try Data("# Bad\n\n::: bowl\ncentre: 3\nstart: 0\nalpha: 0\n:::\n---\n".utf8)
      .write(to: folder.appendingPathComponent("02-bad.lesson"))

    let result = try Binary.run(["lint", folder.path])
    #expect(result.status == 1)
    #expect(
      result.stdout == """
        \(folder.path)/02-bad.lesson:6:8: α must be a positive number, not '0'
        \(folder.path)/02-bad.lesson:8:1: step 2 is empty; write prose or a widget between \
        the '---' lines

        """)
    #expect(result.stderr == "descent: 2 errors in 1 of 2 lesson files\n")
  }

  @Test("a CSV data set that does not load is reported at the dataset parameter")
  func unloadableDatasets() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("descent-lint-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("a,b,y\n1,2,0\n3,\u{1B}[31mRED,1\n".utf8)
      .write(to: folder.appendingPathComponent("bad.csv"))
    try Data("1,2,0\n3,4,1\n".utf8).write(to: folder.appendingPathComponent("good.csv"))
    let playground = { (dataset: String) in
      "::: playground\ndataset: \(dataset)\nalpha: 0.5\niterations: 10\n:::\n"
    }
    let lesson =
      "# Data\n\n" + playground("bad.csv") + "---\n" + playground("good.csv") + "---\n"
      + playground("../../../../../../../etc/passwd") + "---\n" + playground("bad.csv")
    try Data(lesson.utf8).write(to: folder.appendingPathComponent("01-data.lesson"))

    let result = try Binary.run(["lint", folder.path])
    #expect(result.status == 1)
    let file = "\(folder.path)/01-data.lesson"
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 3, "\(result.stdout)")
    #expect(
      lines.first
        == "\(file):4:10: the data set 'bad.csv' cannot be loaded: bad.csv:3:3: field 2 is not "
        + "a number: '\\u{1B}[31mRED'")
    #expect(lines.contains { $0.hasPrefix("\(file):16:10: the data set '../") })
    #expect(lines.last?.hasPrefix("\(file):22:10: the data set 'bad.csv' cannot be loaded") == true)
    #expect(!result.stdout.contains("\u{1B}"))
  }

  @Test("a named data set missing from the data folder is reported")
  func missingNamedDataset() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("descent-lint-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let lesson = "# Data\n\n::: playground\ndataset: breast-cancer\nalpha: 0.5\n:::\n"
    try Data(lesson.utf8).write(to: folder.appendingPathComponent("01-data.lesson"))

    let result = try Binary.run(["lint", folder.path])
    #expect(result.status == 1)
    #expect(
      result.stdout
        == "\(folder.path)/01-data.lesson:4:10: the data set 'breast-cancer' is missing: "
        + "expected breast_cancer.csv in the folder data/ beside the lessons\n")
  }

  @Test("checks single files, and warns about bytes that are not UTF-8 without failing")
  func singleFile() throws {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("descent-lint-\(UUID().uuidString).lesson")
    defer { try? FileManager.default.removeItem(at: file) }
    try Data([0x23, 0x20, 0x54, 0x0A, 0x0A, 0x41, 0xFF, 0x0A]).write(to: file)

    let result = try Binary.run(["lint", file.path])
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        \(file.path):3:2: warning: bytes that are not UTF-8 are shown as \u{FFFD}; save the \
        file as UTF-8
        1 lesson, 1 step, 0 polls: ok

        """)
  }

  @Test("an empty lessons folder is an error")
  func emptyFolder() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("descent-lint-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }

    let result = try Binary.run(["lint"], environment: ["DESCENT_LESSONS": folder.path])
    #expect(result.status == 1)
    #expect(result.stderr == "descent: no .lesson files in \(folder.path)\n")
  }

  @Test("refuses a path that does not exist")
  func missingPath() throws {
    let result = try Binary.run(["lint", "no/such/lessons"])
    #expect(result.status == 1)
    #expect(result.stderr == "descent: no such lesson file or folder: no/such/lessons\n")
  }
}

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

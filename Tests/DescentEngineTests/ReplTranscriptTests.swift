import DescentEngine
import Foundation
import Testing

/// Each `Fixtures/transcripts/NAME.in` is typed into a fresh session, line by line, as a pipe
/// would type it; what the session prints, errors in place, must equal `NAME.out`.
///
/// `$FIXTURES` in an input stands for the transcripts folder, and is written back in place of
/// that folder in the output, so a transcript can load a small CSV file of its own.
@Suite("REPL transcripts")
struct ReplTranscriptTests {
  static let folder = (Bundle.module.resourceURL ?? Bundle.module.bundleURL)
    .appendingPathComponent("Fixtures/transcripts", isDirectory: true)

  /// The repository's `lessons/data`, where the digits and breast cancer files are.
  static let dataDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("lessons/data", isDirectory: true)

  static let names: [String] = {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return files.filter { $0.hasSuffix(".in") }.map { String($0.dropLast(3)) }.sorted()
  }()

  @Test("there is a transcript for each kind of statement and error")
  func transcriptsExist() {
    for name in [
      "lecture-graph", "numbers-and-formulas", "formula-errors", "command-errors",
      "model", "diverged", "help", "quit",
    ] {
      #expect(Self.names.contains(name), "missing transcript \(name)")
    }
  }

  @Test("a transcript prints exactly what its .out file holds", arguments: names)
  func transcript(name: String) throws {
    let input = try String(
      contentsOf: Self.folder.appendingPathComponent("\(name).in"), encoding: .utf8)
    let expected = try String(
      contentsOf: Self.folder.appendingPathComponent("\(name).out"), encoding: .utf8)
    let fixtures = Self.folder.path

    var batch = ReplBatch(session: ReplSession(dataDirectory: Self.dataDirectory))
    let actual = batch.transcript(of: input.replacingOccurrences(of: "$FIXTURES", with: fixtures))
      .replacingOccurrences(of: fixtures, with: "$FIXTURES")

    if actual != expected {
      let diff = Self.firstDifference(actual, expected)
      Issue.record("\(name): first difference at line \(diff)\n--- actual ---\n\(actual)")
    }
  }

  static func firstDifference(_ actual: String, _ expected: String) -> String {
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(a.count, e.count) {
      let left = index < a.count ? String(a[index]) : "(none)"
      let right = index < e.count ? String(e[index]) : "(none)"
      if left != right { return "\(index + 1): got '\(left)', expected '\(right)'" }
    }
    return "(none)"
  }
}

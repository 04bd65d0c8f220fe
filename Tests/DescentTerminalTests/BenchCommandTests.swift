import Foundation
import Testing

/// The benchmark's output, never its figures: times depend on the machine and its load.
@Suite("descent bench")
struct BenchCommandTests {
  @Test("a quick frame run prints the machine, then a table with two frame rows and a verdict")
  func frameTable() throws {
    let result = try Binary.run(["bench", "--quick", "--only", "frame", "--ascii"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)

    #expect(lines.first?.hasPrefix("machine: ") == true)
    #expect(lines.contains { $0.hasPrefix("toolchain: ") })
    // Tests run a debug build, and the bench must say so.
    #expect(lines.contains { $0.hasPrefix("build: DEBUG") })

    let header = try #require(lines.firstIndex { $0.hasPrefix("case ") })
    #expect(
      lines[header].split(separator: " ", omittingEmptySubsequences: true)
        == ["case", "descent", "reference", "ratio", "goal", "met"])
    #expect(lines[header + 1].allSatisfy { $0 == "-" || $0 == " " })

    let rows = lines.filter { $0.hasPrefix("frame 200x60") }
    try #require(rows.count == 2)
    #expect(rows[0].contains("10^3 points"))
    // A quick run keeps the long history short: 10^4 points.
    #expect(rows[1].contains("10^4 points"))
    for row in rows {
      #expect(row.contains(" ms"))
      #expect(row.hasSuffix(" ok") || row.hasSuffix(" NO"))
    }
    // The 10⁶ row compares with the 10³ one: a reference and a ratio.
    #expect(rows[1].contains("at 10^3"))
    #expect(rows[1].contains("x  < 2 ms, <= 1.5x 10^3"))
    // ASCII was asked for.
    #expect(result.stdout.allSatisfy { $0.isASCII })
    // Only the case asked for runs.
    #expect(!result.stdout.contains("train digits"))
  }

  @Test("an unknown case is a usage error naming the cases")
  func unknownCase() throws {
    let result = try Binary.run(["bench", "--only", "speed"])
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "descent: --only takes one of training, frame, rest, start, memory, not 'speed'\n")
    #expect(result.stdout.isEmpty)
  }
}

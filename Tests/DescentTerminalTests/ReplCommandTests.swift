import Foundation
import Testing

@Suite("descent repl, piped")
struct ReplCommandTests {
  @Test("the lecture's graph: 33, then the derivatives 3, 6, 9, then 36 after a = 6")
  func lectureGraph() throws {
    let input = "a = 5\nb = 3\nc = 2\nJ = 3*(a + b*c)\ngrad J\na = 6\nJ\n"
    let result = try Binary.run(["repl"], input: input)
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "a = 5", "b = 3", "c = 2", "J = 33", "dJ/da = 3", "dJ/db = 6", "dJ/dc = 9", "a = 6", "36",
      ])
  }

  @Test("a bad line is reported on stderr as <stdin>:LINE:COLUMN, the rest still runs, status 1")
  func errorsOnStandardError() throws {
    let input = "a = 5\nJ = 3*(a + )\nJ = 2*a\nJ\n"
    let result = try Binary.run(["repl"], input: input)
    #expect(result.status == 1)
    #expect(result.stdout == "a = 5\nJ = 10\n10\n")
    #expect(
      result.stderr
        == "<stdin>:2:12: expected a number, a name or '(', found ')'\nJ = 3*(a + )\n"
        + "           ^\n")
  }

  @Test("no prompt when piped, and quit stops reading")
  func quitStops() throws {
    let result = try Binary.run(["repl"], input: "a = 1\nquit\nthis is not read (\n")
    #expect(result.status == 0)
    #expect(result.stdout == "a = 1\n")
    #expect(result.stderr == "")
  }

  @Test("end of input without a newline still runs the last line")
  func lastLineWithoutNewline() throws {
    let result = try Binary.run(["repl"], input: "x = 2\nx^3")
    #expect(result.stdout == "x = 2\n8\n")
    #expect(result.status == 0)
  }

  @Test("a file of statements reports errors with its path")
  func fileArgument() throws {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("descent-repl-\(UUID().uuidString).txt")
    try "a = 2\ngrad a\n".write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let result = try Binary.run(["repl", file.path])
    #expect(result.status == 1)
    #expect(result.stdout == "a = 2\n")
    #expect(result.stderr.hasPrefix("\(file.path):2:6: 'a' is a number, not a formula"))
  }

  @Test("the binary prints the lecture transcript exactly as the engine's fixture says")
  func lectureTranscript() throws {
    let folder = Binary.packageRoot
      .appendingPathComponent("Tests/DescentEngineTests/Fixtures/transcripts")
    let input = try String(
      contentsOf: folder.appendingPathComponent("lecture-graph.in"), encoding: .utf8)
    let expected = try String(
      contentsOf: folder.appendingPathComponent("lecture-graph.out"), encoding: .utf8)
    let result = try Binary.run(["repl"], input: input)
    #expect(result.status == 0)
    #expect(result.stdout == expected)
  }

  @Test("model statements train on the bundled digits")
  func training() throws {
    let result = try Binary.run(
      ["repl"], input: "data digits 3\nalpha 0.5\ntrain 50\naccuracy\n")
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "digits (3 against the rest): n_x = 64, m_train = 1437, m_test = 360")
    #expect(lines.contains("iteration 0  cost 0.6931471806"))
    #expect(lines.contains { $0.hasPrefix("iteration 50  cost ") })
    #expect(lines.contains { $0.hasPrefix("test accuracy: ") && $0.hasSuffix("%") })
  }

  @Test(
    "graph J and nudge J print exactly what descent graph and descent nudge print",
    arguments: [
      (["graph", "J = 3*(a + b*c)", "a=5", "b=3", "c=2"], "graph J"),
      (["nudge", "J = 3*(a + b*c)", "a=5", "b=3", "c=2", "--eps", "0.01"], "nudge J 0.01"),
      (["nudge", "J = 3*(a + b*c)", "a=5", "b=3", "c=2"], "nudge J b"),
    ])
  func sameAsCommands(command: [String], statement: String) throws {
    let direct = try Binary.run(command)
    let typed = try Binary.run(
      ["repl"], input: "a = 5\nb = 3\nc = 2\nJ = 3*(a + b*c)\n\(statement)\n")
    #expect(direct.status == 0)
    #expect(typed.status == 0)
    let definitions = "a = 5\nb = 3\nc = 2\nJ = 33\n"
    #expect(typed.stdout.hasPrefix(definitions))
    let printed = String(typed.stdout.dropFirst(definitions.count))
    if statement == "nudge J b" {
      // One input's block out of the command's three.
      let blocks = direct.stdout.components(separatedBy: "\n\n")
      #expect(blocks.count == 3)
      #expect(printed == blocks[1] + (blocks[1].hasSuffix("\n") ? "" : "\n"))
    } else {
      #expect(printed == direct.stdout)
    }
  }

  @Test("descent help repl shows the statements")
  func help() throws {
    let result = try Binary.run(["help", "repl"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("Usage: descent repl [FILE]"))
    #expect(result.stdout.contains("grad J"))
  }

  @Test("a file that cannot be read is named with the system's reason")
  func unreadableFile() throws {
    let missing = try Binary.run(["repl", "/nonexistent/descent.repl"])
    #expect(missing.status == 1)
    #expect(missing.stderr == "descent: cannot read /nonexistent/descent.repl: no such file\n")
    let folder = try Binary.run(["repl", "/"])
    #expect(folder.status == 1)
    #expect(folder.stderr == "descent: cannot read /: it is a folder, not a file\n")
  }

  @Test("numbers and counts too large say so, not that they are not numbers")
  func tooLarge() throws {
    let result = try Binary.run(["repl"], input: "x = 1e400\ntrain 99999999999999999999\n")
    #expect(result.status == 1)
    #expect(result.stderr.contains("<stdin>:1:5: '1e400' is too large to represent"))
    #expect(
      result.stderr.contains(
        "<stdin>:2:7: '99999999999999999999' is too large: at most 1000000 steps at a time"))
    #expect(!result.stderr.contains("not a number"))
    #expect(!result.stderr.contains("whole number"))
  }

  @Test("more than one file is a usage error")
  func tooManyFiles() throws {
    let result = try Binary.run(["repl", "a", "b"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("repl takes at most one file"))
  }
}

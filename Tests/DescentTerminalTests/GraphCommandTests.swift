import Testing

@Suite("descent graph")
struct GraphCommandTests {
  @Test("the lecture's graph prints J = 33 and dJ/da = 3, dJ/db = 6, dJ/dc = 9")
  func lectureNumbers() throws {
    let result = try Binary.run(["graph", "J = 3*(a + b*c)", "a=5", "b=3", "c=2"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    for expected in ["J = 33", "dJ/da = 3", "dJ/db = 6", "dJ/dc = 9"] {
      #expect(lines.contains(expected), "missing line \(expected)")
    }
    let forward = ["  u = b*c = 3*2 = 6", "  v = a + u = 5 + 6 = 11", "  J = 3*v = 3*11 = 33"]
    let start = try #require(lines.firstIndex(of: forward[0]))
    #expect(Array(lines[start..<start + 3]) == forward)
    #expect(lines.contains("  dJ/dc = dJ/du · du/dc = 3 · 3 = 9"))
    let backwardStart = try #require(lines.firstIndex { $0.hasPrefix("backward") })
    #expect(backwardStart > start)
  }

  @Test("an undefined derivative is printed in words")
  func undefinedDerivative() throws {
    let result = try Binary.run(["graph", "sqrt(a)", "a=0"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("df/da = undefined (sqrt has no slope at 0"))
    #expect(!result.stdout.lowercased().contains("nan"))
  }

  @Test("a bad formula exits 1 with the caret under the spot")
  func badFormula() throws {
    let result = try Binary.run(["graph", "J = 3*(a + foo(b))", "a=1", "b=2"])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines.first?.hasPrefix("descent: column 12: unknown function 'foo'") == true)
    #expect(lines.dropFirst().first == "  J = 3*(a + foo(b))")
    #expect(lines.last == "             ^")
  }

  @Test(
    "bad input values exit 2 with a reason",
    arguments: [
      (["J = a + b", "a=1"], "no value for 'b' (column 9 of the formula); add b=NUMBER"),
      (["J = a + b", "a=1", "b=x"], "'b=x': the value of b must be a finite number, not 'x'"),
      (["J = a + b", "a=1", "b=inf"], "'b=inf': the value of b must be a finite number"),
      (["J = a + b", "a=1", "b"], "'b' is not an input value: write NAME=NUMBER, as in a=5"),
      (
        ["J = a + b", "a=1", "b=2", "c=3"],
        "'c' is not an input of the formula; its inputs are a, b"
      ),
      (["J = a + b", "a=1", "a=2"], "a is given more than once"),
      ([], "graph needs a formula"),
    ])
  func badValues(words: [String], message: String) throws {
    let result = try Binary.run(["graph"] + words)
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("descent: " + message))
    #expect(result.stdout.isEmpty)
  }

  @Test("help describes the command")
  func help() throws {
    let result = try Binary.run(["help", "graph"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("Usage: descent graph FORMULA NAME=VALUE..."))
  }
}

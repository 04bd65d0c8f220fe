import Testing

@Suite("descent nudge")
struct NudgeCommandTests {
  func lines(_ stdout: String) -> [String] {
    stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test("a^2 at 2 with ε = 0.001 prints 4.004001, 4.001 and df/da = 4")
  func square() throws {
    let result = try Binary.run(["nudge", "a^2", "a=2", "--eps", "0.001"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let lines = lines(result.stdout)
    #expect(lines.contains("  f(a+ε) = f(2.001) = 4.004001"))
    #expect(lines.contains("  forward difference (f(a+ε) − f(a)) / ε = 4.001"))
    #expect(lines.contains("df/da = 4"))
  }

  @Test("a named output and several inputs give one block per input, ε 0.001 by default")
  func blocks() throws {
    let result = try Binary.run(["nudge", "J = 3*(a + b*c)", "a=5", "b=3", "c=2"])
    #expect(result.status == 0)
    let lines = lines(result.stdout)
    #expect(lines.filter { $0.hasPrefix("nudge ") }.count == 3)
    for expected in ["dJ/da = 3", "dJ/db = 6", "dJ/dc = 9", "  J(b+ε) = J(3.001) = 33.006"] {
      #expect(lines.contains(expected), "missing \(expected)")
    }
  }

  @Test("--input picks one input; a tiny ε gets a warning")
  func inputAndWarning() throws {
    let one = try Binary.run(["nudge", "J = a*b", "a=2", "b=5", "--input", "b"])
    #expect(
      lines(one.stdout).filter { $0.hasPrefix("nudge ") } == ["nudge b by ε = 0.001, holding a = 2"]
    )
    let tiny = try Binary.run(["nudge", "a^2", "a=2", "--eps", "1e-20"])
    #expect(tiny.status == 0)
    #expect(tiny.stdout.contains("warning: ε = 1e-20 is lost in round-off"))
    #expect(tiny.stdout.contains("undefined (the nudge was lost in round-off)"))
  }

  @Test(
    "bad options and values exit 2 with a reason",
    arguments: [
      (["a^2", "a=2", "--eps", "0"], "--eps must be a positive finite number, not 0"),
      (["a^2", "a=2", "--eps", "-0.5"], "--eps must be a positive finite number, not -0.5"),
      (["a^2", "a=2", "--eps", "tiny"], "--eps must be a finite number, not 'tiny'"),
      (["a^2", "a=2", "--eps"], "option --eps needs a value"),
      (["a^2", "a=2", "--input", "b"], "--input: 'b' is not an input; the inputs are a"),
      (["a^2"], "no value for 'a' (column 1 of the formula); add a=NUMBER"),
      (["a^2", "a=two"], "'a=two': the value of a must be a finite number, not 'two'"),
    ])
  func badArguments(words: [String], message: String) throws {
    let result = try Binary.run(["nudge"] + words)
    #expect(result.status == 2)
    #expect(result.stderr == "descent: \(message)\n")
  }

  @Test("a formula without inputs has nothing to nudge")
  func noInputs() throws {
    let result = try Binary.run(["nudge", "J = 2^3"])
    #expect(result.status == 1)
    #expect(result.stderr == "descent: J = 2^3 has no inputs to nudge\n")
  }

  @Test("a bad formula exits 1 with the caret under the spot")
  func badFormula() throws {
    let result = try Binary.run(["nudge", "a^", "a=2"])
    #expect(result.status == 1)
    #expect(
      result.stderr == """
        descent: column 3: expected a number, a name or '(', found the end of the formula
          a^
            ^

        """)
  }
}

import Testing

@testable import DescentEngine

@Suite("nudge reports")
struct NudgeReportTests {
  @Test("a nudge block reads f(a), f(a+ε), f(a−ε), both differences, then df/da")
  func nudgeBlock() throws {
    let graph = try ComputationGraph(parsing: "a^2")
    let report = try NudgeReport(graph: graph, values: ["a": 2], epsilon: 0.001)
    #expect(
      report.lines == [
        "nudge a by ε = 0.001",
        "  f(a) = f(2) = 4",
        "  f(a+ε) = f(2.001) = 4.004001",
        "  f(a−ε) = f(1.999) = 3.996001",
        "  forward difference (f(a+ε) − f(a)) / ε = 4.001",
        "  centred difference (f(a+ε) − f(a−ε)) / 2ε = 4",
        "  exact derivative, from the backward pass:",
        "df/da = 4",
      ])
  }

  @Test("several inputs give one block each, naming the output and the inputs held")
  func blocks() throws {
    let graph = try ComputationGraph(parsing: "J = a*b")
    let report = try NudgeReport(graph: graph, values: ["a": 2, "b": 5])
    let lines = report.lines
    #expect(lines.first == "nudge a by ε = 0.001, holding b = 5")
    #expect(lines.contains("dJ/da = 5"))
    #expect(lines.contains(""))
    #expect(lines.contains("nudge b by ε = 0.001, holding a = 2"))
    #expect(lines.last == "dJ/db = 2")
  }

  @Test("a nudge too small for %.10g shows the nudged input with more digits")
  func distinctDigits() {
    #expect(NudgeReport.distinct(1e6 + 1e-7, from: 1e6) == "1000000.0000001")
    #expect(NudgeReport.distinct(2.001, from: 2) == "2.001")
    #expect(NudgeReport.distinct(2, from: 2) == "2")
  }
}

import Testing

@testable import DescentEngine

@Suite("nudge and graph reports")
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

  @Test("the graph report's backward lines follow its edges one to one")
  func graphLines() throws {
    let graph = try ComputationGraph(parsing: "J = 3*(a + b*c)")
    let report = try GraphReport(graph: graph, values: ["a": 5, "b": 3, "c": 2])
    #expect(report.headerLines == ["formula: J = 3*(a + b*c)", "inputs: a = 5, b = 3, c = 2"])
    #expect(
      report.forwardLines == ["u = b*c = 3*2 = 6", "v = a + u = 5 + 6 = 11", "J = 3*v = 3*11 = 33"])
    #expect(report.backwardLines.count == report.backward.edges.count + 1)
    #expect(
      report.backwardLines == [
        "dJ/dJ = 1",
        "dJ/dv = dJ/dJ · dJ/dv = 1 · 3 = 3",
        "dJ/da = dJ/dv · dv/da = 3 · 1 = 3",
        "dJ/du = dJ/dv · dv/du = 3 · 1 = 3",
        "dJ/db = dJ/du · du/db = 3 · 2 = 6",
        "dJ/dc = dJ/du · du/dc = 3 · 3 = 9",
      ])
    #expect(report.resultLines == ["J = 33", "dJ/da = 3", "dJ/db = 6", "dJ/dc = 9"])
  }

  @Test("reuse shows the running total; undefined values show their reason")
  func reuseAndUndefined() throws {
    let reuse = try GraphReport(graph: ComputationGraph(parsing: "J = a*a"), values: ["a": 3])
    #expect(
      reuse.backwardLines.last
        == "dJ/da += dJ/dJ · dJ/da = 1 · 3 = 3 (a is used again: dJ/da is now 6)")
    let undefined = try GraphReport(graph: ComputationGraph(parsing: "J = 1/a"), values: ["a": 0])
    #expect(undefined.forwardLines == ["J = 1/a = 1/0 = undefined (division by zero)"])
    #expect(
      undefined.resultLines == [
        "J = undefined (division by zero)", "dJ/da = undefined (J is undefined: division by zero)",
      ])
  }
}

import Testing

@testable import DescentEngine

@Suite("graph reports")
struct GraphReportTests {
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

  @Test("a negative local derivative is put in parentheses")
  func negativeFactor() throws {
    let report = try GraphReport(
      graph: ComputationGraph(parsing: "J = 1 - a*b"), values: ["a": 2, "b": 3])
    #expect(report.backwardLines[1] == "dJ/du = dJ/dJ · dJ/du = 1 · (-1) = -1")
  }

  @Test("a step whose substitution reads as its value is not said twice")
  func noRepeat() throws {
    let report = try GraphReport(
      graph: ComputationGraph(parsing: "J = -(a + b)"), values: ["a": 1, "b": 3])
    #expect(report.forwardLines == ["u = a + b = 1 + 3 = 4", "J = -u = -4"])
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

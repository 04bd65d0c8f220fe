import Foundation
import Testing

@testable import DescentEngine

@Suite("deeply nested formulas")
struct FormulaNestingTests {
  @Test("nesting up to the limit is read and differentiated")
  func atTheLimit() throws {
    let depth = Formula.maximumNesting
    let text = String(repeating: "(", count: depth) + "a" + String(repeating: ")", count: depth)
    let report = try GraphReport(graph: ComputationGraph(parsing: text), values: ["a": 2])
    #expect(report.forward.output == .value(2))
    #expect(report.backward.derivative(withRespectTo: "a") == .value(1))
  }

  @Test("nesting at the limit fits in a thread with a 512 KB stack")
  func smallStack() throws {
    let finished = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var outcome: Result<Quantity?, FormulaError>?
    let thread = Thread {
      let depth = Formula.maximumNesting / 2
      let text =
        String(repeating: "sin((", count: depth) + "a" + String(repeating: "))", count: depth)
      do throws(FormulaError) {
        let graph = try ComputationGraph(parsing: text)
        outcome = .success(
          graph.backward(try graph.forward(["a": 0])).derivative(withRespectTo: "a"))
      } catch {
        outcome = .failure(error)
      }
      finished.signal()
    }
    thread.stackSize = 512 * 1024
    thread.start()
    finished.wait()
    #expect(try #require(outcome).get() == .value(1))
  }

  @Test("100 000 parentheses give an error, not a crash")
  func tooManyParentheses() throws {
    let text = String(repeating: "(", count: 100_000) + "a" + String(repeating: ")", count: 100_000)
    let error = #expect(throws: FormulaError.self) { try Formula.parse(text) }
    #expect(error?.kind == .nestedTooDeeply)
    #expect(error?.column == Formula.maximumNesting + 1)
    #expect(error?.message == "formula nested too deeply (more than 200 levels)")
  }

  @Test("100 000 nested function calls give an error, not a crash")
  func tooManyCalls() throws {
    let text =
      String(repeating: "exp(", count: 100_000) + "a" + String(repeating: ")", count: 100_000)
    let error = #expect(throws: FormulaError.self) { try Formula.parse(text) }
    #expect(error?.kind == .nestedTooDeeply)
  }

  @Test("a sum of 100 000 terms is built, run forward and backward")
  func longSum() throws {
    let text = "J = " + Array(repeating: "a", count: 100_000).joined(separator: "+")
    let graph = try ComputationGraph(parsing: text)
    #expect(graph.steps.count == 99_999)
    let forward = try graph.forward(["a": 1])
    #expect(forward.output == .value(100_000))
    #expect(graph.backward(forward).derivative(withRespectTo: "a") == .value(100_000))
  }

  @Test("100 000 minus signs and a tower of 100 000 powers are read without recursion")
  func longChains() throws {
    let minus = try Formula.parse(String(repeating: "-", count: 100_001) + "a")
    #expect(try minus.evaluate(["a": 2]) == -2)
    let tower = try ComputationGraph(
      parsing: Array(repeating: "a", count: 100_000).joined(separator: "^"))
    let forward = try tower.forward(["a": 1])
    #expect(forward.output == .value(1))
    #expect(tower.backward(forward).derivative(withRespectTo: "a") == .value(1))
  }
}

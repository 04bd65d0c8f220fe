import DescentEngine
import Testing

@Suite("REPL session")
struct ReplSessionTests {
  /// Runs lines and returns everything printed, failing the test on a refused line.
  static func run(_ session: inout ReplSession, _ lines: [String]) -> [String] {
    var printed: [String] = []
    for line in lines {
      switch session.run(line) {
      case .printed(let output): printed += output
      case .failed(let error): Issue.record("'\(line)' failed: \(error)")
      case .quit: printed.append("(quit)")
      }
    }
    return printed
  }

  @Test("the lecture's graph: J = 33, derivatives 3, 6, 9, then 36 after a = 6")
  func lectureGraph() {
    var session = ReplSession()
    let printed = Self.run(
      &session, ["a = 5", "b = 3", "c = 2", "J = 3*(a + b*c)", "grad J", "a = 6", "J"])
    #expect(
      printed == [
        "a = 5", "b = 3", "c = 2", "J = 33", "dJ/da = 3", "dJ/db = 6", "dJ/dc = 9", "a = 6", "36",
      ])
  }

  @Test("a formula built from other formulas differentiates through them")
  func formulaOfFormulas() {
    var session = ReplSession()
    let printed = Self.run(
      &session, ["a = 5", "b = 3", "c = 2", "u = b*c", "v = a + u", "J = 3*v", "grad J"])
    #expect(printed.suffix(3) == ["dJ/da = 3", "dJ/db = 6", "dJ/dc = 9"])
  }

  @Test("a refused line leaves every name as it was")
  func refusedLinesChangeNothing() {
    var session = ReplSession()
    _ = Self.run(&session, ["a = 5", "J = 3*a", "alpha 0.2"])
    let before = session.run("vars")
    for bad in ["a = (", "J = J + 1", "a = 1/0", "train 10", "alpha -1", "grad a", "x"] {
      guard case .failed = session.run(bad) else {
        Issue.record("'\(bad)' was not refused")
        continue
      }
    }
    #expect(session.run("vars") == before)
  }

  @Test("a definition refused once its formulas are put in keeps the old definition")
  func refusedRedefinitionKeepsOldBinding() {
    var session = ReplSession()
    _ = Self.run(&session, ["a = 1", "J = a*2"])
    let before = session.run("vars")
    let long = "J = " + Array(repeating: "a", count: 12_000).joined(separator: "+")
    guard case .failed(let error) = session.run(long) else {
      Issue.record("the long definition was accepted")
      return
    }
    #expect(error.description.contains("over 20000 characters"))
    #expect(session.run("J") == .printed(["2"]))
    #expect(session.run("vars") == before)
  }

  @Test("formulas that use each other many times over are refused, not expanded forever")
  func explosiveFormulas() {
    var session = ReplSession()
    var lines = ["x0 = a*a"]
    for level in 1...20 { lines.append("x\(level) = x\(level - 1)*x\(level - 1)") }
    _ = Self.run(&session, lines + ["a = 1"])
    guard case .failed(let error) = session.run("x20") else {
      Issue.record("x20 was computed")
      return
    }
    #expect(error.message.contains("over 20000 characters"))
    #expect(error.column == 1)
  }

  @Test("a long train stops where it is when asked to, and says so")
  func stopTraining() {
    var session = ReplSession(dataDirectory: ReplTranscriptTests.dataDirectory)
    _ = Self.run(&session, ["data digits 3"])
    session.shouldStop = { true }
    let printed = Self.run(&session, ["train 100000"])
    // It looks every 50 steps.
    #expect(printed.last == "stopped at iteration 50, 50 of 100000 steps")
    session.shouldStop = { false }
    #expect(Self.run(&session, ["train 1"]).last?.hasPrefix("iteration 51  cost ") == true)
  }

  @Test("quit ends the session")
  func quit() {
    var session = ReplSession()
    #expect(session.run("quit") == .quit)
    #expect(session.run("exit") == .quit)
  }
}

@Suite("REPL statements on a trainer of the caller's")
struct ReplSessionTrainerTests {
  static let dataDirectory = ReplTranscriptTests.dataDirectory

  @Test("alpha, train and reset act on the trainer handed in, and it comes back changed")
  func actsOnTrainer() throws {
    let split = try DataSplit.load(.digits(target: 3), dataDirectory: Self.dataDirectory)
    var trainer = Trainer(split: split, learningRate: 0.1)
    var session = ReplSession(dataDirectory: Self.dataDirectory)

    #expect(session.run("alpha 0.05", on: &trainer) == .printed(["α = 0.05"]))
    #expect(trainer.learningRate == 0.05)

    guard case .printed(let lines) = session.run("train 10", on: &trainer) else {
      Issue.record("train was refused")
      return
    }
    #expect(trainer.iteration == 10)
    #expect(lines.last == "iteration 10  cost \(formatNumber(trainer.cost))")

    _ = session.run("reset", on: &trainer)
    #expect(trainer.iteration == 0)
    #expect(trainer.learningRate == 0.05)
  }

  @Test("a refused statement hands the trainer back untouched")
  func refusedLeavesTrainer() throws {
    let split = try DataSplit.load(.digits(target: 3), dataDirectory: Self.dataDirectory)
    var trainer = Trainer(split: split, learningRate: 0.1)
    trainer.step(5)
    var session = ReplSession(dataDirectory: Self.dataDirectory)
    guard case .failed(let error) = session.run("alpha -2", on: &trainer) else {
      Issue.record("alpha -2 was accepted")
      return
    }
    #expect(error.column == 7)
    #expect(trainer.learningRate == 0.1)
    #expect(trainer.iteration == 5)
  }
}

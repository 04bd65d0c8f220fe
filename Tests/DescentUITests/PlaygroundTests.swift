import DescentEngine
import DescentUI
import Foundation
import Testing

@Suite("the training playground")
struct PlaygroundTests {
  static let dataFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("lessons/data", isDirectory: true)

  static func digits(alpha: Double = 0.5, paused: Bool = false) throws -> Playground {
    let split = try DataSplit.load(.digits(target: 3), dataDirectory: dataFolder)
    return Playground(
      trainer: Trainer(split: split, learningRate: alpha),
      datasetName: DatasetSource.digits(target: 3).name, stepsPerFrame: 10, paused: paused)
  }

  /// Digits trained for 40 iterations, then given an α so large that the next step
  /// overflows.
  static func diverging() throws -> Playground {
    var playground = try digits()
    for _ in 0..<4 { _ = playground.update(.tick) }
    _ = playground.update(.key(.character("a")))
    _ = playground.update(.key(.control("u")))
    for character in "1e308\r" { _ = playground.update(.key(Key(character: character))) }
    return playground
  }

  private func press(_ keys: String, on playground: inout Playground) {
    for character in keys { _ = playground.update(.key(Key(character: character))) }
  }

  private func tick(_ playground: inout Playground, times: Int) {
    for _ in 0..<times { _ = playground.update(.tick) }
  }

  private func screen(
    _ playground: Playground, glyphs: Glyphs = .unicode, columns: Int = 80, rows: Int = 24
  ) -> MemoryScreen {
    let screen = MemoryScreen(rows: rows, columns: columns)
    Shell(content: playground, size: screen.size).render(on: screen, glyphs: glyphs)
    return screen
  }

  @Test("ticks train: the iteration grows and the cost falls")
  func ticksTrain() throws {
    var playground = try Self.digits()
    let start = playground.trainer.cost
    tick(&playground, times: 5)
    #expect(playground.trainer.iteration == 50)
    #expect(playground.trainer.cost < start)
    #expect(playground.frameInterval == Playground.frame)
  }

  @Test("the whole screen, in UTF-8 and in ASCII")
  func goldenScreens() throws {
    var playground = try Self.digits()
    tick(&playground, times: 4)
    press("+", on: &playground)
    tick(&playground, times: 4)

    let unicode = screen(playground)
    try Golden.check(unicode, "playground-utf8")
    #expect(unicode.text.contains("iteration 80"))
    #expect(unicode.text.contains("α = 1"))

    let ascii = screen(playground, glyphs: .ascii)
    try Golden.check(ascii, "playground-ascii")
    #expect(ascii.text.contains("alpha = 1"))
    #expect(ascii.text.allSatisfy { $0.isASCII })
  }

  @Test("+ and - multiply and divide α by the factor")
  func plusMinus() throws {
    var playground = try Self.digits(paused: true)
    press("+", on: &playground)
    #expect(playground.trainer.learningRate == 1)
    press("--", on: &playground)
    #expect(playground.trainer.learningRate == 0.25)
  }

  @Test("a typed α is set on Enter")
  func typedAlpha() throws {
    var playground = try Self.digits(paused: true)
    press("a", on: &playground)
    #expect(playground.capturesText)
    for _ in 0..<5 { _ = playground.update(.key(.backspace)) }
    press("0.125\r", on: &playground)
    #expect(playground.trainer.learningRate == 0.125)
    #expect(!playground.capturesText)
  }

  @Test(
    "a bad α is refused with a reason and the old α kept",
    arguments: [("abc", "'abc' is not a number"), ("-1", "must be positive"), ("", "missing")])
  func badAlpha(text: String, reason: String) throws {
    var playground = try Self.digits(paused: true)
    press("a", on: &playground)
    for _ in 0..<5 { _ = playground.update(.key(.backspace)) }
    press(text + "\r", on: &playground)
    #expect(playground.trainer.learningRate == 0.5)
    #expect(playground.capturesText)
    let shown = screen(playground).text
    #expect(shown.contains(reason))
    #expect(shown.contains("α stays 0.5"))
    _ = playground.update(.key(.escape))
    #expect(!playground.capturesText)
  }

  @Test("space pauses and stops the ticks; s takes one step")
  func pauseAndStep() throws {
    var playground = try Self.digits()
    press(" ", on: &playground)
    #expect(playground.isPaused)
    #expect(playground.frameInterval == nil)
    tick(&playground, times: 3)
    #expect(playground.trainer.iteration == 0)
    press("s", on: &playground)
    #expect(playground.trainer.iteration == 1)
    press(" ", on: &playground)
    #expect(playground.frameInterval != nil)
  }

  @Test("r starts again and keeps the earlier run, drawn faint")
  func reset() throws {
    var playground = try Self.digits()
    tick(&playground, times: 3)
    press("-r", on: &playground)
    #expect(playground.trainer.iteration == 0)
    #expect(playground.trainer.learningRate == 0.25)
    #expect(playground.previousRun?.count == 31)
    tick(&playground, times: 1)
    let shown = screen(playground)
    #expect(shown.text.contains("earlier run, α = 0.5"))
    let faint = (3..<20).contains { row in
      (10..<80).contains { shown.style(at: Position(row: row, column: $0)) == .faint }
    }
    #expect(faint)
  }

  @Test("l switches the cost axis to a log scale and back")
  func logScale() throws {
    var playground = try Self.digits()
    tick(&playground, times: 3)
    press("l", on: &playground)
    #expect(screen(playground).text.contains("cost J, log scale"))
    press("l", on: &playground)
    #expect(!screen(playground).text.contains("log scale,"))
  }

  @Test("a diverging run pauses itself and says where it diverged, never nan")
  func diverged() throws {
    var playground = try Self.diverging()
    tick(&playground, times: 2)
    guard case .diverged(let iteration, _) = playground.trainer.status else {
      Issue.record("the run did not diverge")
      return
    }
    #expect(playground.isPaused)
    #expect(playground.frameInterval == nil)
    let shown = screen(playground)
    try Golden.check(shown, "playground-diverged")
    #expect(shown.text.contains("diverged at iteration \(iteration)"))
    #expect(!shown.text.lowercased().contains("nan"))
    #expect(!shown.text.contains("inf"))
    #expect(shown.text.contains("l: log scale shows the small values"))

    press(" ", on: &playground)
    #expect(playground.isPaused)
    press("r", on: &playground)
    #expect(!playground.isPaused)
    #expect(playground.trainer.iteration == 0)
  }

  @Test("below the minimum size the screen says how large it must be")
  func tooSmall() throws {
    let shown = screen(try Self.digits(), columns: 30, rows: 8)
    try Golden.check(shown, "playground-too-small")
    #expect(shown.text.contains("50×15"))
  }

  @Test("an iteration limit stops training there")
  func iterationLimit() throws {
    var playground = try Self.digits()
    playground.iterationLimit = 25
    tick(&playground, times: 5)
    #expect(playground.trainer.iteration == 25)
    #expect(playground.frameInterval == nil)
  }

  @Test("q quits")
  func quits() throws {
    var playground = try Self.digits()
    #expect(playground.update(.key(.character("q"))) == .quit)
  }
}

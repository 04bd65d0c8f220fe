import DescentEngine
import DescentUI
import Foundation
import Testing

/// The playground's `:` line: REPL statements acting on the run on screen.
@Suite("statements in the playground")
struct PlaygroundStatementTests {
  static let dataFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("lessons/data", isDirectory: true)

  static func playground() throws -> Playground {
    let split = try DataSplit.load(.digits(target: 3), dataDirectory: dataFolder)
    return Playground(
      trainer: Trainer(split: split, learningRate: 0.5),
      datasetName: DatasetSource.digits(target: 3).name, stepsPerFrame: 10, paused: true)
  }

  /// Types `text` as keys, `\r` being Enter.
  static func type(_ text: String, on playground: inout Playground) {
    for character in text { _ = playground.update(.key(Key(character: character))) }
  }

  static func screen(_ playground: Playground) -> MemoryScreen {
    let screen = MemoryScreen(rows: 24, columns: 80)
    Shell(content: playground, size: screen.size).render(on: screen, glyphs: .unicode)
    return screen
  }

  @Test(": opens the line; alpha changes the α shown and marks the curve")
  func alpha() throws {
    var playground = try Self.playground()
    Self.type(":", on: &playground)
    #expect(playground.console.isOpen)
    #expect(playground.capturesText)
    Self.type("train 5\r", on: &playground)
    Self.type("alpha 0.05\r", on: &playground)
    #expect(playground.trainer.learningRate == 0.05)
    let shown = Self.screen(playground).text
    #expect(shown.contains("α = 0.05"))
    #expect(shown.contains(":alpha 0.05"))
    #expect(playground.trainer.history.learningRateChanges.count == 2)
  }

  @Test("train steps the run and updates the accuracy; q is typed, not quit")
  func train() throws {
    var playground = try Self.playground()
    Self.type(":train 30\r", on: &playground)
    #expect(playground.trainer.iteration == 30)
    #expect(playground.accuracy.train == playground.trainer.trainAccuracy)
    Self.type("q", on: &playground)
    #expect(playground.console.input?.value == "q")
  }

  @Test("reset keeps the earlier run faint, as the r key does")
  func reset() throws {
    var playground = try Self.playground()
    Self.type(":train 20\r", on: &playground)
    Self.type("reset\r", on: &playground)
    #expect(playground.trainer.iteration == 0)
    #expect(playground.previousRun?.count == 21)
  }

  @Test("a bad statement is refused in the panel; Esc closes the line, keys work again")
  func refusedAndClosed() throws {
    var playground = try Self.playground()
    Self.type(":alpha -1\r", on: &playground)
    #expect(playground.trainer.learningRate == 0.5)
    #expect(Self.screen(playground).text.contains("α must be positive, not -1"))
    _ = playground.update(.key(.escape))
    #expect(!playground.console.isOpen)
    Self.type("s", on: &playground)
    #expect(playground.trainer.iteration == 1)
  }
}

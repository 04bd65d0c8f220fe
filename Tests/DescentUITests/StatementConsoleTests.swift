import DescentEngine
import DescentUI
import Foundation
import Testing

@Suite("the : statement console")
struct StatementConsoleTests {
  static let dataDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("lessons/data", isDirectory: true)

  static func trainer() throws -> Trainer {
    Trainer(
      split: try DataSplit.load(.digits(target: 3), dataDirectory: dataDirectory),
      learningRate: 0.5)
  }

  static func type(
    _ text: String, into console: inout StatementConsole, on trainer: inout Trainer
  ) -> StatementConsole.Outcome {
    for character in text { _ = console.handle(.character(character), on: &trainer) }
    return console.handle(.enter, on: &trainer)
  }

  @Test("alpha, train and reset act on the trainer, and the results show in the panel")
  func actsOnTrainer() throws {
    var trainer = try Self.trainer()
    var console = StatementConsole()
    console.open()
    #expect(Self.type("alpha 0.05", into: &console, on: &trainer) == .ran(.alpha(0.05)))
    #expect(trainer.learningRate == 0.05)
    #expect(Self.type("train 4", into: &console, on: &trainer) == .ran(.train(4)))
    #expect(trainer.iteration == 4)
    #expect(console.isOpen)

    let screen = MemoryScreen(rows: 14, columns: 60)
    console.render(on: Canvas(screen: screen, glyphs: .ascii))
    #expect(screen.text.contains(":alpha 0.05"))
    #expect(screen.text.contains("alpha = 0.05"))
    #expect(screen.text.contains("iteration 4  cost "))

    #expect(Self.type("reset", into: &console, on: &trainer) == .ran(.reset))
    #expect(trainer.iteration == 0)
  }

  @Test("a refused statement stays on the line, with a caret under the spot in the panel")
  func refusal() throws {
    var trainer = try Self.trainer()
    var console = StatementConsole()
    console.open()
    #expect(Self.type("alpha -1", into: &console, on: &trainer) == .editing)
    #expect(trainer.learningRate == 0.5)
    #expect(console.input?.value == "alpha -1")
    #expect(
      console.lines.map(\.text).suffix(2) == ["       ^", "column 7: α must be positive, not -1"])
  }

  @Test("names live on between statements; Esc and an empty Enter close the line")
  func namesAndClosing() throws {
    var trainer = try Self.trainer()
    var console = StatementConsole()
    console.open()
    _ = Self.type("a = 5", into: &console, on: &trainer)
    _ = Self.type("J = 3*a", into: &console, on: &trainer)
    #expect(console.lines.last?.text == "J = 15")
    #expect(console.handle(.escape, on: &trainer) == .closed)
    #expect(!console.isOpen)

    console.open()
    _ = Self.type("J", into: &console, on: &trainer)
    #expect(console.lines.last?.text == "15")
    #expect(console.handle(.enter, on: &trainer) == .closed)
  }
}

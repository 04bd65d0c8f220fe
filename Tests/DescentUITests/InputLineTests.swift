import DescentUI
import Testing

@Suite("the input line")
struct InputLineTests {
  private func type(_ keys: [Key], into line: inout InputLine) -> InputLine.Outcome {
    var outcome = InputLine.Outcome.editing
    for key in keys { outcome = line.handle(key) }
    return outcome
  }

  private func characters(_ text: String) -> [Key] { text.map(Key.character) }

  @Test(
    "editing keys change the text and the cursor",
    arguments: [
      ([Key.backspace], "0.", 2),
      ([.left, .left, .character("x")], "0x.1", 2),
      ([.home, .delete], ".1", 0),
      ([.home, .right, .control("k")], "0", 1),
      ([.left, .control("u")], "1", 0),
      ([.home, .end, .character("5")], "0.15", 4),
    ])
  func editing(keys: [Key], text: String, cursor: Int) {
    var line = InputLine(prompt: "> ", text: "0.1")
    #expect(type(keys, into: &line) == .editing)
    #expect(line.value == text)
    #expect(line.cursor == cursor)
  }

  @Test("Enter submits the text and Esc cancels")
  func submitAndCancel() {
    var line = InputLine(prompt: "> ")
    #expect(type(characters("0.25") + [.enter], into: &line) == .submitted("0.25"))
    #expect(line.handle(.escape) == .cancelled)
  }

  @Test("a refusal shows under the line until the next edit")
  func refusal() {
    var line = InputLine(prompt: "α = ", text: "abc")
    line.refuse("not a number")
    let screen = MemoryScreen(rows: 2, columns: 20)
    line.render(on: Canvas(screen: screen, glyphs: .unicode), row: 0)
    #expect(screen.lines == ["α = abc", "not a number"])
    #expect(screen.cursor == Position(row: 0, column: 7))
    _ = line.handle(.backspace)
    #expect(line.error == nil)
  }

  @Test("up and down walk through earlier lines")
  func history() {
    var line = InputLine(prompt: "> ", history: ["first", "second"])
    _ = line.handle(.up)
    #expect(line.value == "second")
    _ = line.handle(.up)
    _ = line.handle(.up)
    #expect(line.value == "first")
    _ = line.handle(.down)
    #expect(line.value == "second")
    _ = line.handle(.down)
    #expect(line.value == "")
  }

  @Test("a long text scrolls so the cursor stays on screen")
  func scrolling() {
    let line = InputLine(prompt: "> ", text: "abcdefghijklmnop")
    let screen = MemoryScreen(rows: 1, columns: 10)
    line.render(on: Canvas(screen: screen, glyphs: .ascii), row: 0)
    #expect(screen.lines == ["> klmnop"])
    #expect(screen.cursor == Position(row: 0, column: 8))
  }

  @Test("control codes decode to named keys")
  func decoding() {
    #expect(Key(character: "\u{03}") == .interrupt)
    #expect(Key(character: "\r") == .enter)
    #expect(Key(character: "\u{7F}") == .backspace)
    #expect(Key(character: "\u{1B}") == .escape)
    #expect(Key(character: "α") == .character("α"))
  }
}

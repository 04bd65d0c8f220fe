import DescentUI
import Testing

/// A view that records what reaches it.
private struct Recorder: View {
  var events: [Event] = []
  var typing = false

  mutating func update(_ event: Event) -> ViewResponse {
    events.append(event)
    return event == .key(.character("q")) ? .quit : .continue
  }

  func render(on canvas: Canvas) {
    canvas.put("content", row: 0, column: 0)
  }

  var keyHints: [KeyHint] {
    [KeyHint("space", "pause"), KeyHint("s", "step"), KeyHint("r", "reset"), KeyHint("q", "quit")]
  }
  var helpEntries: [KeyHint] { keyHints + [KeyHint("l", "log scale")] }
  var minimumSize: Size { Size(rows: 10, columns: 40) }
  var frameInterval: Duration? { nil }
  var capturesText: Bool { typing }
}

@Suite("the shell around a view")
struct ShellTests {
  @Test("the footer lists the keys and help")
  func footer() {
    let shell = Shell(content: Recorder(), size: Size(rows: 12, columns: 60))
    let screen = MemoryScreen(rows: 12, columns: 60)
    shell.render(on: screen, glyphs: .unicode)
    #expect(screen.lines[0] == "content")
    #expect(screen.lines[11] == " space  pause  s  step  r  reset  q  quit  ?  help")
    #expect(screen.style(at: Position(row: 11, column: 1)) == .key)
  }

  @Test("a narrow footer drops keys from the end but keeps help")
  func narrowFooter() {
    let shell = Shell(content: Recorder(), size: Size(rows: 12, columns: 40))
    let screen = MemoryScreen(rows: 12, columns: 40)
    shell.render(on: screen, glyphs: .unicode)
    #expect(screen.lines[11] == " space  pause  s  step  ?  help")
  }

  @Test("? opens the help, any key closes it, and that key goes no further")
  func help() throws {
    var shell = Shell(content: Recorder(), size: Size(rows: 12, columns: 40))
    #expect(shell.handle(.key(.character("?"))) == .continue)
    #expect(shell.showsHelp)
    let screen = MemoryScreen(rows: 12, columns: 40)
    shell.render(on: screen, glyphs: .unicode)
    try Golden.check(screen, "shell-help")
    #expect(shell.handle(.key(.character("q"))) == .continue)
    #expect(!shell.showsHelp)
    #expect(shell.content.events.isEmpty)
  }

  @Test("? is text while the view takes typed text")
  func questionMarkWhileTyping() {
    var shell = Shell(content: Recorder(typing: true), size: Size(rows: 12, columns: 40))
    _ = shell.handle(.key(.character("?")))
    #expect(!shell.showsHelp)
    #expect(shell.content.events == [.key(.character("?"))])
  }

  @Test("a screen below the minimum says how large it must be, then recovers")
  func tooSmall() throws {
    var shell = Shell(content: Recorder(), size: Size(rows: 8, columns: 30))
    let screen = MemoryScreen(rows: 8, columns: 30)
    shell.render(on: screen, glyphs: .unicode)
    try Golden.check(screen, "shell-too-small")
    #expect(screen.text.contains("40×11"))
    #expect(shell.handle(.key(.character("s"))) == .continue)
    #expect(shell.content.events.isEmpty)

    _ = shell.handle(.resize(Size(rows: 24, columns: 80)))
    screen.resize(rows: 24, columns: 80)
    shell.render(on: screen, glyphs: .unicode)
    #expect(screen.lines[0] == "content")
  }

  @Test("q quits even when the screen is too small, and Ctrl-C always")
  func quitting() {
    var small = Shell(content: Recorder(), size: Size(rows: 3, columns: 10))
    #expect(small.handle(.key(.character("q"))) == .quit)
    var typing = Shell(content: Recorder(typing: true), size: Size(rows: 24, columns: 80))
    #expect(typing.handle(.key(.interrupt)) == .quit)
  }
}

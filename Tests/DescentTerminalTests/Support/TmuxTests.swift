import Testing

@Suite("the tmux harness")
struct TmuxTests {
  @Test("it reads what a program shows, types into it and resizes it")
  func roundTrip() throws {
    let terminal = try Tmux(shell: "stty size; cat", columns: 50, rows: 10)
    try terminal.waitFor("10 50")
    try terminal.type("hello α")
    try terminal.send("Enter")
    let screen = try terminal.waitUntil { $0.components(separatedBy: "hello α").count == 3 }
    #expect(screen.contains("hello α"))
    try terminal.resize(columns: 30, rows: 8)
    try terminal.send("C-c")
    try terminal.waitUntil { _ in !((try? terminal.isRunning()) ?? true) }
    terminal.close()
  }
}

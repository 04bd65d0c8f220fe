import Foundation
import Testing

/// `descent repl` on a real terminal, through tmux: a prompt, editing, and history on the
/// arrow keys that survives to the next run.
@Suite("descent repl on a terminal")
struct ReplTerminalTests {
  static let prompt = "descent> "

  /// A fresh folder to stand for `$XDG_STATE_HOME`.
  static func stateFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("descent-state-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test("prompt, results, arrow-key history, and the history kept for the next run")
  func promptAndHistory() throws {
    let state = try Self.stateFolder()
    defer { try? FileManager.default.removeItem(at: state) }
    let environment = ["XDG_STATE_HOME": state.path, "HOME": state.path]

    let first = try Tmux.descent(["repl"], columns: 90, rows: 30, environment: environment)
    defer { first.close() }
    try first.waitFor("descent>")
    try first.type("a = 5")
    try first.send("Enter")
    try first.type("J = 3*a")
    try first.send("Enter")
    try first.waitFor("J = 15")

    // Up twice brings back `a = 5`; edit it to `a = 7` and run it.
    try first.send("Up")
    try first.send("Up")
    try first.waitFor(Self.prompt + "a = 5")
    try first.send("BSpace")
    try first.type("7")
    try first.send("Enter")
    try first.waitFor("\na = 7")
    try first.type("J")
    try first.send("Enter")
    try first.waitFor("\n21")

    // A bad line: a caret under the spot, and the session goes on.
    try first.type("J = 3*(a + )")
    try first.send("Enter")
    let screen = try first.waitFor("column 12:")
    let lines = screen.split(separator: "\n").map(String.init)
    let typed = try #require(lines.firstIndex(of: Self.prompt + "J = 3*(a + )"))
    #expect(lines[typed + 1] == String(repeating: " ", count: Self.prompt.count + 11) + "^")
    // Ctrl-C stops a long train where it is, and the session goes on.
    try first.type("data digits 3")
    try first.send("Enter")
    try first.waitFor("m_test = 360")
    try first.type("train 1000000")
    try first.send("Enter")
    try first.waitFor(Self.prompt + "train 1000000")
    try first.send("C-c")
    try first.waitFor("stopped at iteration")

    // Ctrl-C drops the line being typed, and the session goes on.
    try first.type("J = half a line")
    try first.send("C-c")
    try first.waitFor("J = half a line^C")
    try first.type("quit")
    try first.send("Enter")
    try first.waitUntil { _ in (try? first.isRunning()) == false }

    let history = state.appendingPathComponent("descent/history")
    let saved = try String(contentsOf: history, encoding: .utf8)
    // editline's own format: a header, then one line each, spaces written as \040.
    #expect(saved.hasPrefix("_HiStOrY_V2_\n"))
    #expect(saved.contains("\nJ\\040=\\0403*a\n"))

    // The next run starts with the same history: quit, train, data, the bad line, J, a = 7.
    let second = try Tmux.descent(["repl"], columns: 90, rows: 30, environment: environment)
    defer { second.close() }
    try second.waitFor("descent>")
    for _ in 0..<6 { try second.send("Up") }
    try second.waitFor(Self.prompt + "a = 7")
    try second.send("Enter")
    try second.waitFor("\na = 7")
    try second.send("C-d")
    try second.waitUntil { _ in (try? second.isRunning()) == false }
  }

  @Test("a history that cannot be kept is a warning, and the session still works")
  func unwritableHistory() throws {
    let state = try Self.stateFolder()
    defer { try? FileManager.default.removeItem(at: state) }
    // A plain file where the history's folder should be: nothing can be created under it.
    let blocker = state.appendingPathComponent("blocked")
    try "".write(to: blocker, atomically: true, encoding: .utf8)

    let terminal = try Tmux.descent(
      ["repl"], columns: 120, rows: 20,
      environment: ["XDG_STATE_HOME": blocker.path, "HOME": state.path])
    defer { terminal.close() }
    try terminal.waitFor("the history will not be kept")
    try terminal.type("2^10")
    try terminal.send("Enter")
    try terminal.waitFor("\n1024")
    try terminal.send("C-d")
    try terminal.waitUntil { _ in (try? terminal.isRunning()) == false }
  }
}

/// The REPL's statements inside `descent play`, through its `:` line.
@Suite("statements in the playground, on a terminal")
struct ReplPlaygroundTerminalTests {
  @Test(": then alpha 0.05 changes the α on screen; Esc closes the line and q quits")
  func alphaFromTheLine() throws {
    let terminal = try Tmux.descent(
      ["play", "--alpha", "0.5"], columns: 100, rows: 30, afterwards: "stty -a")
    defer { terminal.close() }
    try terminal.waitFor("α = 0.5 ")
    try terminal.send(":")
    try terminal.waitFor("statements (help lists them; Esc closes)")
    try terminal.type("alpha 0.05")
    try terminal.send("Enter")
    let screen = try terminal.waitFor("α = 0.05 ")
    #expect(screen.contains(":alpha 0.05"))

    try terminal.type("α")
    try terminal.send("Enter")
    try terminal.waitFor(":α")
    try terminal.send("Escape")
    try terminal.waitUntil { !$0.contains("statements (help lists them") }
    try terminal.send("q")
    try terminal.waitFor("descent exited with status 0")
  }
}

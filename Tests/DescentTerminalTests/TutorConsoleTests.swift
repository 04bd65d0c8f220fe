import Foundation
import Testing

/// The tutor's `:` line in a real terminal.
@Suite("statements in the tutor, in a real terminal")
struct TutorConsoleTests {
  @Test("on the graph lesson, :grad J shows dJ/db = 6 and :a = 6 makes J 36")
  func gradOnGraph() throws {
    let state = try StateFolder()
    let terminal = try Tmux.descent(["--lesson", "7"], environment: state.environment)
    try terminal.waitFor("lesson 7 of 10 · step 1 of")
    try terminal.send("Right", "Right")
    try terminal.waitFor("n steps the forward pass")
    try terminal.type(":grad J")
    try terminal.send("Enter")
    let screen = try terminal.waitFor("dJ/db = 6")
    #expect(screen.contains("dJ/da = 3"))
    #expect(screen.contains("dJ/dc = 9"))
    try terminal.type("a = 6")
    try terminal.send("Enter")
    try terminal.waitFor("a = 6")
    try terminal.send("Escape")
    try terminal.waitUntil { !$0.contains(":grad J") }
    try terminal.send("n", "n", "n")
    try terminal.waitFor("J = 3*v = 36")
    try terminal.send("q")
    try terminal.waitUntil { _ in !((try? terminal.isRunning()) ?? true) }
  }
}

import Foundation
import Testing

/// `descent play` in a real terminal, driven through tmux.
@Suite("the playground in a terminal")
struct PlaygroundTerminalTests {
  /// The number after `word ` on the screen, as the stats line shows it.
  static func number(after word: String, in screen: String) -> Double? {
    guard let range = screen.range(of: word + " ") else { return nil }
    let digits = screen[range.upperBound...].prefix { "0123456789.e+-".contains($0) }
    return Double(digits)
  }

  /// True when the text sets a foreground or background colour (SGR 30–38, 40–48, 90–107;
  /// 39 and 49, "default colour", do not count).
  static func hasColour(_ text: String) -> Bool {
    var rest = Substring(text)
    while let escape = rest.range(of: "\u{1B}[") {
      let parameters = rest[escape.upperBound...].prefix { $0.isNumber || $0 == ";" }
      rest = rest[escape.upperBound...].dropFirst(parameters.count)
      guard rest.first == "m" else { continue }
      for code in parameters.split(separator: ";").compactMap({ Int($0) })
      where (30...38).contains(code) || (40...48).contains(code) || (90...107).contains(code) {
        return true
      }
    }
    return false
  }

  static func start(
    _ arguments: [String] = [], columns: Int = 100, rows: Int = 30,
    environment: [String: String] = [:]
  ) throws -> Tmux {
    try Tmux.descent(
      ["play"] + arguments, columns: columns, rows: rows, environment: environment,
      afterwards: "stty -a")
  }

  /// The terminal after `descent` has ended: echo and canonical input are back on.
  static func expectSane(_ terminal: Tmux, status: Int32) throws {
    // `stty -a` prints icanon or -icanon either way; wait for it after the exit line.
    let screen = try terminal.waitUntil {
      $0.contains("descent exited with status") && $0.contains("icanon")
    }
    #expect(screen.contains("descent exited with status \(status)"))
    let words = Set(screen.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\n" }))
    #expect(words.contains("echo"))
    #expect(words.contains("icanon"))
    #expect(!words.contains("-echo"))
  }

  @Test("the cost falls as training runs, in colour")
  func costFalls() throws {
    let terminal = try Self.start()
    let first = try terminal.waitFor("cost J")
    let startCost = try #require(Self.number(after: "cost", in: first))
    let later = try terminal.waitUntil { screen in
      guard let iteration = Self.number(after: "iteration", in: screen),
        let cost = Self.number(after: "cost", in: screen)
      else { return false }
      return iteration >= 100 && cost < startCost
    }
    #expect(later.contains("α = 0.5"))
    #expect(later.contains("running"))
    let coloured = try terminal.capture(escapes: true)
    #expect(Self.hasColour(coloured), "\(coloured.debugDescription)")
    try terminal.send("q")
    try Self.expectSane(terminal, status: 0)
  }

  @Test("+ changes the α shown, and a typed α is taken")
  func changeAlpha() throws {
    let terminal = try Self.start()
    try terminal.waitFor("α = 0.5")
    try terminal.send("+")
    try terminal.waitFor("α = 1 ")
    try terminal.send("a", "C-u")
    try terminal.type("0.05")
    try terminal.send("Enter")
    try terminal.waitFor("α = 0.05 ")
    try terminal.send("a", "C-u")
    try terminal.type("fast")
    try terminal.send("Enter")
    let refused = try terminal.waitFor("is not a number")
    #expect(refused.contains("α stays 0.05"))
    try terminal.send("Escape")
    try terminal.send("q")
    try Self.expectSane(terminal, status: 0)
  }

  @Test("r resets the iteration count to 0")
  func reset() throws {
    let terminal = try Self.start()
    try terminal.waitUntil { (Self.number(after: "iteration", in: $0) ?? 0) >= 40 }
    try terminal.send("Space")
    try terminal.waitFor("paused")
    try terminal.send("r")
    let screen = try terminal.waitFor("iteration 0 ")
    #expect(screen.contains("earlier run"))
    try terminal.send("q")
    try Self.expectSane(terminal, status: 0)
  }

  @Test("a resize to 30×8 asks for room, and back it runs on, redrawn")
  func resize() throws {
    let terminal = try Self.start()
    try terminal.waitFor("cost J")
    try terminal.resize(columns: 30, rows: 8)
    let small = try terminal.waitFor("needs at least")
    #expect(small.contains("30×8"))
    try terminal.resize(columns: 100, rows: 30)
    let back = try terminal.waitFor("cost J")
    let iteration = try #require(Self.number(after: "iteration", in: back))
    try terminal.waitUntil { (Self.number(after: "iteration", in: $0) ?? 0) > iteration }
    #expect(!(try terminal.capture()).contains("needs at least"))
    try terminal.send("q")
    try Self.expectSane(terminal, status: 0)
  }

  @Test("Ctrl-C ends it and leaves the terminal sane")
  func controlC() throws {
    let terminal = try Self.start()
    try terminal.waitFor("cost J")
    try terminal.send("C-c")
    try Self.expectSane(terminal, status: 130)
  }

  @Test("SIGTERM ends it and leaves the terminal sane")
  func terminate() throws {
    let terminal = try Self.start()
    try terminal.waitFor("cost J")
    try terminal.signal(SIGTERM)
    try Self.expectSane(terminal, status: 143)
  }

  @Test("SIGHUP ends it and gives the terminal back")
  func hangUp() throws {
    let terminal = try Self.start()
    try terminal.waitFor("cost J")
    try terminal.signal(SIGHUP)
    try Self.expectSane(terminal, status: 129)
  }

  @Test("--ascii and NO_COLOR draw with ASCII and no colour")
  func asciiNoColour() throws {
    let terminal = try Self.start(["--ascii"], environment: ["NO_COLOR": "1"])
    try terminal.waitFor("alpha = 0.5")
    #expect(!Self.hasColour(try terminal.capture(escapes: true)))
    #expect(try terminal.capture().allSatisfy { $0.isASCII })
    try terminal.send("q")
    try Self.expectSane(terminal, status: 0)
  }

  @Test(
    "the line left after quitting writes α in a UTF-8 locale and alpha otherwise",
    arguments: [
      ("C.UTF-8", [], "α = 0.5"), ("C", [], "alpha = 0.5"), ("C.UTF-8", ["--ascii"], "alpha = 0.5"),
    ])
  func exitLine(locale: String, arguments: [String], expected: String) throws {
    let terminal = try Self.start(arguments, environment: ["LANG": locale])
    try terminal.waitFor("cost J")
    try terminal.send("q")
    let screen = try terminal.waitFor("descent exited with status 0")
    let line = try #require(screen.split(separator: "\n").first { $0.hasPrefix("iteration ") })
    #expect(line.hasSuffix(expected), "\(line)")
  }

  @Test("TERM=vt100 and a non-UTF-8 locale still work, in ASCII")
  func vt100() throws {
    let terminal = try Self.start(environment: ["TERM": "vt100", "LANG": "C"])
    let screen = try terminal.waitFor("alpha = 0.5")
    #expect(screen.contains("cost J"))
    #expect(screen.allSatisfy { $0.isASCII })
    try terminal.send("q")
    try Self.expectSane(terminal, status: 0)
  }

  @Test("an unknown TERM is refused in one line, with status 2")
  func unknownTerminal() throws {
    let terminal = try Self.start(environment: ["TERM": "no-such-terminal"])
    let screen = try terminal.waitFor("descent exited with status")
    #expect(screen.contains("descent exited with status 2"))
    #expect(screen.contains("TERM=no-such-terminal"))
  }

  @Test("without a terminal it says so, names the plain commands, and exits with 2")
  func noTerminal() throws {
    let result = try Binary.run(["play"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("needs a terminal"))
    #expect(result.stderr.contains("graph, nudge, train"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }
}

import Foundation

/// A program running in a real terminal: a detached tmux session on a tmux server of its own,
/// at a fixed size, with `LANG=C.UTF-8` and `TERM=xterm-256color`, read back with
/// `capture-pane`.
///
/// Each instance starts its own server (`tmux -L <unique name>`, no config file), so tests run
/// in parallel without seeing each other; `close()` (also run on deinit) kills the server.
///
///     let terminal = try Tmux.descent(["play"], columns: 100, rows: 30)
///     try terminal.waitFor("iteration")
///     try terminal.send("+")
///     let screen = try terminal.waitUntil { $0.contains("α = 1") }
///
/// The pane stays open after the program exits (`remain-on-exit`), so the last screen and
/// the exit status can still be read; `afterwards` runs a shell command in the same terminal
/// once the program has ended (`stty -a`, to check the terminal was given back sane).
final class Tmux {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  let socket: String
  private(set) var isClosed = false
  private static let session = "descent"

  /// Starts `command` (a shell command line) in a new terminal of `columns`×`rows`.
  init(shell command: String, columns: Int = 80, rows: Int = 24) throws {
    socket = "descent-test-\(getpid())-\(UUID().uuidString.prefix(8))"
    try tmux([
      "-f", "/dev/null", "new-session", "-d", "-s", Self.session, "-x", String(columns), "-y",
      String(rows), "/bin/sh", "-c", command,
    ])
    try tmux(["set-option", "-t", Self.session, "remain-on-exit", "on"])
  }

  /// Starts the built `descent` with `arguments` from the package root. When `afterwards` is
  /// given, it runs in the same terminal after `descent` exits, following a line
  /// `descent exited with status N`.
  static func descent(
    _ arguments: [String], columns: Int = 80, rows: Int = 24,
    environment: [String: String] = [:], afterwards: String? = nil
  ) throws -> Tmux {
    var variables = ["LANG": "C.UTF-8", "TERM": "xterm-256color"]
    variables.merge(environment) { _, new in new }
    let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\(quote($0.value))" }
    // LC_ALL and LC_CTYPE would override the LANG chosen here; `swift test` sets NO_COLOR
    // for itself, which descent would obey.
    let run =
      (["env", "-u", "LC_ALL", "-u", "LC_CTYPE", "-u", "NO_COLOR"] + assignments + [
        quote(Binary.url.path)
      ]
      + arguments.map(quote)).joined(separator: " ")
    var command = "cd \(quote(Binary.packageRoot.path)) && \(run)"
    if let afterwards {
      // The shell must outlive the Ctrl-C or SIGTERM meant for descent to report on it; a
      // trap with a command (unlike an ignored signal) is not inherited by descent.
      command =
        "trap : INT TERM HUP; \(command); echo \"descent exited with status $?\"; "
        + "\(afterwards); exec sleep 600"
    }
    return try Tmux(shell: command, columns: columns, rows: rows)
  }

  deinit { close() }

  /// Kills the tmux server and everything running in it.
  func close() {
    guard !isClosed else { return }
    isClosed = true
    _ = try? tmux(["kill-server"])
  }

  // MARK: - Input

  /// Sends keys by tmux's names: `"q"`, `"+"`, `"Space"`, `"Enter"`, `"Escape"`, `"C-c"`.
  func send(_ keys: String...) throws {
    try tmux(["send-keys", "-t", Self.session] + keys)
  }

  /// Types `text` literally, character by character.
  func type(_ text: String) throws {
    try tmux(["send-keys", "-t", Self.session, "-l", text])
  }

  /// Changes the terminal's size, as a user dragging the window's corner would.
  func resize(columns: Int, rows: Int) throws {
    try tmux(["resize-window", "-t", Self.session, "-x", String(columns), "-y", String(rows)])
  }

  /// Sends a signal to the program the pane's shell started (its first child), or to the
  /// shell itself when it has none.
  func signal(_ number: Int32) throws {
    let shell = try paneProcess()
    let children =
      (try? String(
        contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
    let target = children.split(separator: " ").first.flatMap { Int32($0) } ?? shell
    guard kill(target, number) == 0 else {
      throw Failure(description: "cannot signal process \(target)")
    }
  }

  // MARK: - Output

  /// The screen as text, one line a row, trailing blanks removed; with `escapes`, the
  /// colour and attribute sequences are kept in the text.
  func capture(escapes: Bool = false) throws -> String {
    try tmux(["capture-pane", "-p"] + (escapes ? ["-e"] : []) + ["-t", Self.session])
  }

  /// Polls the screen every 50 ms until `predicate` holds, and returns that screen; throws
  /// with the last screen seen after `timeout`.
  @discardableResult
  func waitUntil(
    timeout: Duration = .seconds(15), _ predicate: (String) -> Bool
  ) throws -> String {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: timeout)
    var screen = ""
    while clock.now < deadline {
      screen = try capture()
      if predicate(screen) { return screen }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw Failure(description: "timed out after \(timeout); the screen was:\n\(screen)")
  }

  /// Waits until `text` appears on screen and returns the screen.
  @discardableResult
  func waitFor(_ text: String, timeout: Duration = .seconds(15)) throws -> String {
    try waitUntil(timeout: timeout) { $0.contains(text) }
  }

  /// True while the pane's first process is running (false once it has exited).
  func isRunning() throws -> Bool {
    try tmux(["display-message", "-p", "-t", Self.session, "#{pane_dead}"])
      .trimmingCharacters(in: .whitespacesAndNewlines) == "0"
  }

  private func paneProcess() throws -> Int32 {
    let text = try tmux(["display-message", "-p", "-t", Self.session, "#{pane_pid}"])
    guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
      throw Failure(description: "tmux gave no pane process")
    }
    return pid
  }

  // MARK: - Running tmux

  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    var environment = ProcessInfo.processInfo.environment
    environment["TMUX"] = nil
    // tmux itself must run in a UTF-8 locale to pass α and braille through.
    environment["LANG"] = "C.UTF-8"
    environment["LC_ALL"] = "C.UTF-8"
    let result = try Spawn.run(
      "/usr/bin/env", ["tmux", "-L", socket] + arguments, environment: environment)
    guard result.status == 0 else {
      throw Failure(description: "tmux \(arguments.first ?? "") failed: \(result.errors)")
    }
    return result.output
  }

  /// Quotes a word for `/bin/sh`.
  static func quote(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

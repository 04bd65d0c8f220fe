import Foundation

/// A real terminal for the benchmark: a detached tmux session on a tmux server of its own
/// (`tmux -S <unique socket>`, no config file), in which programs are launched, sent keys and
/// read back. `close()` (also run on deinit) kills the server and what runs in it, and
/// removes the socket.
final class BenchTerminal {
  let socket: String
  private var isClosed = false
  private static let session = "bench"

  /// Starts the server with a placeholder in a terminal of `columns`×`rows`, so that later
  /// launches time only the program, not the server's start.
  init(columns: Int, rows: Int) throws(BenchFailure) {
    socket =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("descent-bench-\(getpid())-\(UUID().uuidString.prefix(8)).tmux").path
    try tmux([
      "-f", "/dev/null", "new-session", "-d", "-s", Self.session, "-x", String(columns), "-y",
      String(rows), "exec sleep 3600",
    ])
    try tmux(["set-option", "-t", Self.session, "remain-on-exit", "on"])
  }

  deinit { close() }

  func close() {
    guard !isClosed else { return }
    isClosed = true
    _ = try? tmux(["kill-server"])
    unlink(socket)
  }

  /// Replaces what runs in the terminal with `command`, a `sh -c` command line. Returns the
  /// wall-clock time (seconds since 1970) just before tmux was asked to start it.
  @discardableResult
  func launch(_ command: String) throws(BenchFailure) -> Double {
    let start = WallClock.now()
    try tmux(["respawn-pane", "-k", "-t", Self.session, command])
    return start
  }

  /// The process running in the terminal: `command` after its shell `exec`s it.
  func processID() throws(BenchFailure) -> pid_t {
    let text = try tmux(["display-message", "-p", "-t", Self.session, "#{pane_pid}"])
    guard let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
      throw BenchFailure(description: "tmux gave no process id")
    }
    return pid
  }

  /// Types `key` (a tmux key name: `Space`, `q`).
  func send(_ key: String) throws(BenchFailure) {
    try tmux(["send-keys", "-t", Self.session, key])
  }

  /// The screen's text, trailing blank lines removed.
  func screen() -> String {
    let text = (try? tmux(["capture-pane", "-p", "-t", Self.session])) ?? ""
    return text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @discardableResult
  private func tmux(_ arguments: [String]) throws(BenchFailure) -> String {
    let result = try Spawn.run("tmux", ["-S", socket] + arguments)
    guard result.status == 0 else {
      throw BenchFailure(
        description: "tmux \(arguments.first ?? "") failed: "
          + result.errors.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    return result.output
  }
}

/// Seconds since 1970 from the real-time clock, which another process can compare.
enum WallClock {
  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
  }
}

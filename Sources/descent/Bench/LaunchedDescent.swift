import Foundation

/// `descent` started in a `BenchTerminal`, with the time it took to draw its first frame.
///
/// The first frame is timed by the program itself: with `DESCENT_FIRST_FRAME_FILE` set, the
/// terminal runner writes the wall-clock time to that file once its first frame has been
/// handed to the terminal. The launch time is taken just before tmux is asked to start the
/// program, so the figure also counts tmux starting a shell that `exec`s descent; the start
/// case measures that part alone to show how much it is.
struct LaunchedDescent {
  var pid: pid_t
  /// Seconds from the launch to the end of the first frame.
  var firstFrame: Double

  /// The variables every launch gets: a UTF-8 terminal of a well-known type, and a home
  /// folder of the benchmark's own so that no student's progress is read or written.
  static func environment(home: String) -> [String: String] {
    [
      "LANG": "C.UTF-8", "TERM": "xterm-256color", "HOME": home,
      "XDG_STATE_HOME": home + "/state",
    ]
  }

  /// Starts this executable with `arguments` and waits up to `timeout` seconds for its
  /// first frame.
  static func launch(
    _ arguments: [String], in terminal: BenchTerminal, home: String, timeout: Double = 10
  ) throws(BenchFailure) -> LaunchedDescent {
    let stampPath = FileManager.default.temporaryDirectory
      .appendingPathComponent("descent-bench-\(getpid())-\(UUID().uuidString).frame").path
    defer { unlink(stampPath) }
    var variables = environment(home: home)
    variables["DESCENT_FIRST_FRAME_FILE"] = stampPath
    let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\(quote($0.value))" }
    let words = ["exec", "env"] + assignments + [quote(executablePath)] + arguments.map(quote)
    let start = try terminal.launch(words.joined(separator: " "))

    let stamp = try waitForStamp(at: stampPath, timeout: timeout) {
      // The pane stays after the program ends; its last words are the reason.
      let lines = terminal.screen().split(separator: "\n").filter { !$0.hasPrefix("Pane is dead") }
      let command = (["descent"] + arguments).joined(separator: " ")
      let reason = lines.last.map(String.init) ?? "it drew nothing within \(Int(timeout)) s"
      return "\(command) drew no frame: \(reason)"
    }
    return LaunchedDescent(pid: try terminal.processID(), firstFrame: stamp - start)
  }

  /// Launches `program`, types its keys and checks that the screen meant is showing.
  static func launch(
    _ program: TerminalProgram, in terminal: BenchTerminal, home: String
  ) throws(BenchFailure) -> LaunchedDescent {
    let launched = try launch(program.arguments, in: terminal, home: home)
    for key in program.keys {
      try terminal.send(key)
      usleep(200_000)
    }
    if let expected = program.expected {
      usleep(300_000)
      guard terminal.screen().contains(expected) else {
        throw BenchFailure(description: "\(program.label): '\(expected)' is not on the screen")
      }
    }
    return launched
  }

  /// Times the shell and tmux part of a launch alone: `date` in place of descent writes the
  /// time it started.
  static func launchOverhead(in terminal: BenchTerminal) throws(BenchFailure) -> Double {
    let stampPath = FileManager.default.temporaryDirectory
      .appendingPathComponent("descent-bench-\(getpid())-\(UUID().uuidString).date").path
    defer { unlink(stampPath) }
    let start = try terminal.launch("exec date +%s.%N > \(quote(stampPath))")
    let stamp = try waitForStamp(at: stampPath, timeout: 5) { "date wrote no time" }
    return stamp - start
  }

  /// The running executable's own path, so the bench measures the build it belongs to.
  static var executablePath: String {
    URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
  }

  private static func waitForStamp(
    at path: String, timeout: Double, failure: () -> String
  ) throws(BenchFailure) -> Double {
    let deadline = WallClock.now() + timeout
    while WallClock.now() < deadline {
      if let text = try? String(contentsOfFile: path, encoding: .utf8),
        let stamp = Double(text.trimmingCharacters(in: .whitespacesAndNewlines))
      {
        return stamp
      }
      usleep(1000)
    }
    throw BenchFailure(description: failure())
  }

  /// `text` in single quotes for `sh`.
  static func quote(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

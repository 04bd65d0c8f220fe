import Foundation
import Testing

/// A folder for one test's `XDG_STATE_HOME`, removed when the test ends.
final class StateFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("descent-tutor-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  var environment: [String: String] { ["XDG_STATE_HOME": url.path] }
  var progressFile: URL { url.appendingPathComponent("descent/progress.json") }
}

@Suite("the tutor in a real terminal", .serialized)
struct TutorTests {
  @Test("it opens at the first lesson, steps forward and back, and gives the terminal back")
  func stepping() throws {
    let state = try StateFolder()
    let terminal = try Tmux.descent(
      [], environment: state.environment,
      afterwards: "stty -a | tr ' ' '\\n' | grep -x -e echo -e icanon")
    try terminal.waitFor("lesson 1 of 10 · step 1 of 7")
    try terminal.send("Right")
    try terminal.waitFor("step 2 of 7")
    try terminal.send("Space")
    try terminal.waitFor("step 3 of 7")
    try terminal.send("Left")
    try terminal.waitFor("step 2 of 7")
    try terminal.send("q")
    try terminal.waitFor("descent exited with status 0")
    // `grep -x` prints `echo` and `icanon` only when stty reports them on, not `-echo`.
    let screen = try terminal.waitUntil { screen in
      let lines = screen.split(separator: "\n")
      return lines.contains("echo") && lines.contains("icanon")
    }
    #expect(screen.contains("descent exited with status 0"))
  }

  @Test("a poll answered wrong, then right, says so with the explanation")
  func poll() throws {
    let state = try StateFolder()
    let terminal = try Tmux.descent(["--lesson", "1"], environment: state.environment)
    try terminal.waitFor("step 1 of 7")
    for _ in 0..<5 { try terminal.send("PageDown") }
    try terminal.waitFor("How many entries does x")
    try terminal.send("1")
    try terminal.waitFor("Wrong. 32 · 32 = 1024 counts the pixels of one grid only")
    try terminal.send("2")
    let screen = try terminal.waitFor("Right. 32 · 32 pixels in each of 3 colour grids")
    #expect(screen.contains("Your first answer, 1, counts for the score (wrong)."))
    try terminal.send("q")
    try terminal.waitUntil { _ in !((try? terminal.isRunning()) ?? true) }
    let saved = try String(contentsOf: state.progressFile, encoding: .utf8)
    #expect(saved.contains("\"choice\":1"))
    #expect(saved.contains("\"lastChoice\":2"))
  }

  @Test("the graph lesson's forward pass gives 33, the backward pass 3, 6 and 9")
  func graph() throws {
    let state = try StateFolder()
    let terminal = try Tmux.descent(
      ["--lesson", "the-computation-graph"], environment: state.environment)
    try terminal.waitFor("lesson 7 of 10 · step 1 of")
    try terminal.send("Right", "Right")
    try terminal.waitFor("n steps the forward pass")
    try terminal.send("n", "n", "n")
    try terminal.waitFor("J = 3*v = 33")
    for _ in 0..<8 { try terminal.send("n") }
    let screen = try terminal.waitFor("both passes done")
    for derivative in ["dJ/da = 3", "dJ/db = 6", "dJ/dc = 9"] {
      #expect(screen.contains(derivative))
    }
    try terminal.send("p")
    try terminal.waitUntil { !$0.contains("both passes done") }
    // The arrows are free on the graph: → turns the page.
    try terminal.send("Right")
    try terminal.waitFor("step 4 of")
    try terminal.send("q")
  }

  @Test("quitting and opening again comes back to the same step")
  func resume() throws {
    let state = try StateFolder()
    let first = try Tmux.descent(["--lesson", "the-model"], environment: state.environment)
    try first.waitFor("lesson 3 of 10 · step 1 of")
    try first.send("Right", "Right")
    try first.waitFor("lesson 3 of 10 · step 3 of")
    try first.send("q")
    try first.waitUntil { _ in !((try? first.isRunning()) ?? true) }
    first.close()

    let second = try Tmux.descent([], environment: state.environment)
    try second.waitFor("lesson 3 of 10 · step 3 of")
    try second.send("q")
  }

  @Test("a corrupt progress file is kept aside and the student is told")
  func corrupt() throws {
    let state = try StateFolder()
    try FileManager.default.createDirectory(
      at: state.progressFile.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data("{not json".utf8).write(to: state.progressFile)
    let terminal = try Tmux.descent([], columns: 100, environment: state.environment)
    let screen = try terminal.waitFor("could not be read")
    #expect(screen.contains("progress.json.corrupt"))
    #expect(screen.contains("lesson 1 of 10 · step 1 of 7"))
    #expect(FileManager.default.fileExists(atPath: state.progressFile.path + ".corrupt"))
    try terminal.send("q")
  }

  @Test("progress naming a lesson that is gone resumes at the first unfinished lesson")
  func missingLesson() throws {
    let state = try StateFolder()
    try FileManager.default.createDirectory(
      at: state.progressFile.deletingLastPathComponent(), withIntermediateDirectories: true)
    let saved = """
      {"answers":[],"finished":["images-as-vectors"],"lesson":"gone-lesson","step":4,"version":1}
      """
    try Data(saved.utf8).write(to: state.progressFile)
    let terminal = try Tmux.descent([], columns: 100, environment: state.environment)
    let screen = try terminal.waitFor("lesson 2 of 10 · step 1 of")
    #expect(screen.contains("'gone-lesson', is no longer there"))
    try terminal.send("q")
  }

  @Test("a screen too small says so; SIGTERM still saves the place")
  func resizeAndSignal() throws {
    let state = try StateFolder()
    let terminal = try Tmux.descent(["--lesson", "2"], environment: state.environment)
    try terminal.waitFor("lesson 2 of 10 · step 1 of")
    try terminal.send("Right")
    try terminal.waitFor("lesson 2 of 10 · step 2 of")
    try terminal.resize(columns: 40, rows: 10)
    try terminal.waitFor("please enlarge it")
    try terminal.resize(columns: 80, rows: 24)
    try terminal.waitFor("lesson 2 of 10 · step 2 of")
    try terminal.signal(SIGTERM)
    try terminal.waitUntil { _ in !((try? terminal.isRunning()) ?? true) }
    let saved = try String(contentsOf: state.progressFile, encoding: .utf8)
    #expect(saved.contains("\"lesson\":\"notation-and-shapes\",\"step\":1"))
  }

  @Test("a folder that cannot hold progress: the tutor runs and says progress is not saved")
  func unwritable() throws {
    let state = try StateFolder()
    // A file where the state folder should be: no folder can be made inside it.
    let blocker = state.url.appendingPathComponent("file")
    try Data("x".utf8).write(to: blocker)
    let terminal = try Tmux.descent(
      [], columns: 100, environment: ["XDG_STATE_HOME": blocker.path])
    let screen = try terminal.waitFor("progress is not saved")
    #expect(screen.contains("progress not saved"))
    try terminal.send("Right")
    try terminal.waitFor("step 2 of 7")
    try terminal.send("q")
  }

  @Test("--ascii draws without Unicode")
  func ascii() throws {
    let state = try StateFolder()
    let terminal = try Tmux.descent(
      ["--ascii", "--lesson", "1"], environment: state.environment)
    try terminal.waitFor("lesson 1 of 10 | step 1 of 7")
    try terminal.send("Right", "Right", "Right")
    let screen = try terminal.waitFor("x, its 64 numbers")
    let isASCII = screen.unicodeScalars.allSatisfy { $0.isASCII }
    #expect(isASCII)
    try terminal.send("q")
  }

  @Test("without a terminal the tutor refuses, saying why")
  func notATerminal() throws {
    let state = try StateFolder()
    let result = try Self.runWithoutTerminal([], environment: state.environment)
    #expect(result.status == 2)
    #expect(
      result.errors.contains("descent: the tutor needs a terminal, but stdout is not a terminal"))
    #expect(!FileManager.default.fileExists(atPath: state.progressFile.path))
  }

  @Test("an unknown lesson is a usage error")
  func unknownLesson() throws {
    let state = try StateFolder()
    let result = try Self.runWithoutTerminal(
      ["--lesson", "no-such-lesson"], environment: state.environment)
    #expect(result.status == 2)
    #expect(result.errors.contains("no lesson 'no-such-lesson'"))
  }

  /// Runs `descent` with stdin from /dev/null and output to files, by way of `Spawn`, so
  /// that a tmux server started meanwhile by another test cannot hold it up.
  static func runWithoutTerminal(
    _ arguments: [String], environment: [String: String]
  ) throws -> Spawn.Result {
    var variables = ProcessInfo.processInfo.environment
    variables.merge(environment) { _, new in new }
    variables["DESCENT_LESSONS"] = Binary.packageRoot.appendingPathComponent("lessons").path
    return try Spawn.run(Binary.url.path, arguments, environment: variables)
  }
}

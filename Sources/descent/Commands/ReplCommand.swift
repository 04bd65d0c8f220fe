import DescentEngine
import DescentTerminal
import Foundation
import Synchronization

extension Command {
  static let repl = Command(
    name: "repl",
    summary: "type formulas, derivatives and training statements, one line at a time",
    help: """
      Usage: descent repl [FILE]

      Reads statements one line at a time and prints what each does:
        a = 5                set a number
        J = 3*(a + b*c)      define a formula; it follows later changes of a, b and c
        J                    print a value (any expression works)
        grad J               the derivatives dJ/da, dJ/db, dJ/dc by the backward pass
        graph J              the forward steps and the backward pass, as descent graph prints
        nudge J a [ε]        nudge an input, as descent nudge prints
        data digits 3        load data: digits D, breast-cancer, or a CSV file's path
        alpha 0.1            set the learning rate α
        train 500            run gradient descent; cost, accuracy, reset
        vars, help [NAME], quit
      A bad line gets an error with a caret under the spot; the session goes on.

      On a terminal: a prompt, line editing, and history on the arrow keys, kept in
      $XDG_STATE_HOME/descent/history (~/.local/state/descent/history by default).
      From a pipe or FILE: no prompt, errors on stderr as SOURCE:LINE:COLUMN: message, and
      exit status 1 at the end if any line failed.
      """,
    run: { words in
      let arguments = try Arguments(words)
      guard arguments.positional.count <= 1 else {
        throw CommandError.usage("repl takes at most one file; got \(arguments.positional.count)")
      }
      if let path = arguments.positional.first {
        return try ReplRunner.runFile(path)
      }
      if isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
        return ReplRunner.runInteractive()
      }
      return ReplRunner.runPiped()
    }
  )
}

/// The REPL's three ways in: a terminal, a pipe, a file.
enum ReplRunner {
  static let prompt = "descent> "

  /// Prompt, editing and history through editline; errors with a caret under the typed line.
  static func runInteractive() -> Int32 {
    let historyPath = LineEditorHistoryFile.path()
    guard let editor = LineEditor(program: "descent", prompt: prompt, historyPath: historyPath)
    else {
      printError("cannot start line editing; reading plain lines instead")
      return runPiped()
    }
    print("descent repl: type help for the statements; quit or Ctrl-D leaves.")
    var session = ReplSession()
    session.shouldStop = { interruptedStatement.load(ordering: .relaxed) }
    // From here on Ctrl-C stops a long `train` rather than the program; while a line is being
    // typed, the editor turns it into dropping the line.
    signal(SIGINT) { _ in interruptedStatement.store(true, ordering: .relaxed) }
    defer { signal(SIGINT, SIG_DFL) }
    while true {
      editor.takeWarnings().forEach { printError($0) }
      let line: String
      switch editor.readLine() {
      case .line(let text):
        line = text
      case .interrupted:
        print("^C")
        continue
      case .end:
        print("")
        return 0
      }
      editor.remember(line)
      let outcome = runInterruptibly(line, in: &session)
      // The terminal echoed ^C where the cursor was; start the results on a line of their own.
      if interruptedStatement.load(ordering: .relaxed) { print("") }
      switch outcome {
      case .printed(let lines):
        lines.forEach { print($0) }
      case .failed(let error):
        let caret = String(repeating: " ", count: prompt.count) + error.caret
        print(caret)
        print(error.description)
      case .quit:
        editor.takeWarnings().forEach { printError($0) }
        return 0
      }
      fflush(nil)
    }
  }

  /// Runs a statement; a Ctrl-C while it runs asks a long `train` to stop.
  private static func runInterruptibly(_ line: String, in session: inout ReplSession)
    -> ReplOutcome
  {
    interruptedStatement.store(false, ordering: .relaxed)
    return session.run(line)
  }

  /// One statement a line from stdin; exit status 1 if any failed.
  static func runPiped() -> Int32 {
    var batch = ReplBatch(session: ReplSession(), source: "<stdin>")
    while !batch.finished, let line = Swift.readLine(strippingNewline: true) {
      write(batch.feed(line))
    }
    return batch.failures > 0 ? 1 : 0
  }

  /// The whole of a UTF-8 text file; a failure is worded from errno, as `no such file`.
  static func readText(_ path: String) throws(CommandError) -> String {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      let reason = errno == ENOENT ? "no such file" : String(cString: strerror(errno)).lowercased()
      throw .input("cannot read \(path): \(reason)")
    }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else {
      close(descriptor)
      throw .input("cannot read \(path): it is a folder, not a file")
    }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    let data: Data
    do {
      data = try handle.readToEnd() ?? Data()
    } catch {
      throw .input("cannot read \(path): \(String(cString: strerror(EIO)).lowercased())")
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      throw .input("cannot read \(path): it is not UTF-8 text")
    }
    return text
  }

  /// The statements of a file, reported with its path.
  static func runFile(_ path: String) throws -> Int32 {
    let text = try readText(path)
    var batch = ReplBatch(session: ReplSession(), source: path)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.last == "" { lines.removeLast() }
    for line in lines where !batch.finished {
      write(batch.feed(String(line)))
    }
    return batch.failures > 0 ? 1 : 0
  }

  private static func write(_ lines: [ReplBatch.Line]) {
    for line in lines {
      switch line {
      case .output(let text):
        print(text)
      case .error(let text):
        fflush(nil)
        FileHandle.standardError.write(Data((text + "\n").utf8))
      }
    }
  }
}

/// Set by Ctrl-C while a statement runs at the prompt.
private let interruptedStatement = Atomic<Bool>(false)

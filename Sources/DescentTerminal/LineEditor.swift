import CEditline
import Foundation

/// Reads lines from the terminal through BSD editline: a prompt, emacs-style editing, and
/// history on the arrow keys, kept in a file between runs.
///
/// A history file that cannot be read or written costs the history, not the session: the
/// reason goes to `warnings`, once, and reading goes on.
public final class LineEditor {
  private let editor: OpaquePointer
  private let history: OpaquePointer
  private var event = HistEvent()
  private let prompt: UnsafeMutablePointer<CChar>
  private let historyPath: String?
  private var historyBroken = false

  private var warnings: [String] = []

  /// - Parameters:
  ///   - program: the name editline looks up in `~/.editrc`.
  ///   - prompt: shown before each line.
  ///   - historyPath: the file to load the history from and save it to; nil keeps none.
  public init?(program: String, prompt: String, historyPath: String?) {
    // editline needs the locale's character type to edit multibyte input such as σ and α.
    setlocale(LC_CTYPE, "")
    guard let editor = descent_el_init(program) else { return nil }
    guard let history = history_init() else {
      el_end(editor)
      return nil
    }
    self.editor = editor
    self.history = history
    self.prompt = strdup(prompt)
    self.historyPath = historyPath

    descent_history_set_size(history, &event, 1000)
    descent_history_set_unique(history, &event, 1)
    descent_el_set_editor(editor, "emacs")
    descent_el_set_signal(editor, 1)
    descent_el_set_history(editor, history)
    descent_el_set_prompt(editor, self.prompt)
    el_source(editor, nil)
    loadHistory()
  }

  deinit {
    el_end(editor)
    history_end(history)
    free(prompt)
  }

  /// What one read gave.
  public enum Input: Equatable, Sendable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-C while typing: the line is dropped and the next one can be typed.
    case interrupted
    /// End of input: Ctrl-D on an empty line, or the terminal went away.
    case end
  }

  /// Reads the next line.
  ///
  /// Ctrl-C only cancels the line being typed; outside this call, SIGINT does whatever it
  /// did before (the terminal is then in its normal mode, so nothing needs restoring).
  public func readLine() -> Input {
    let previous = signal(SIGINT, lineEditorIgnoreInterrupt)
    defer { signal(SIGINT, previous) }
    var count: Int32 = 0
    guard let raw = el_gets(editor, &count), count > 0 else {
      return count < 0 && errno == EINTR ? .interrupted : .end
    }
    var line = String(cString: raw)
    if line.hasSuffix("\n") { line.removeLast() }
    return .line(line)
  }

  /// Adds a line to the history and saves the history file.
  public func remember(_ line: String) {
    guard !line.allSatisfy({ $0 == " " || $0 == "\t" }) else { return }
    descent_history_enter(history, &event, line)
    guard let historyPath, !historyBroken else { return }
    if descent_history_save(history, &event, historyPath) < 0 {
      let reason = String(cString: strerror(errno))
      warn("cannot save the history to \(historyPath) (\(reason)); going on without it")
    }
  }

  /// What went wrong with the history file since the last call, to show the user once.
  public func takeWarnings() -> [String] {
    defer { warnings.removeAll() }
    return warnings
  }

  private func loadHistory() {
    guard let historyPath else { return }
    if let problem = LineEditorHistoryFile.prepareFolder(for: historyPath) {
      warn("\(problem); the history will not be kept")
      return
    }
    guard FileManager.default.fileExists(atPath: historyPath) else { return }
    if descent_history_load(history, &event, historyPath) < 0 {
      warn("cannot read the history in \(historyPath); starting with none")
    }
  }

  private func warn(_ message: String) {
    historyBroken = true
    warnings.append(message)
  }
}

/// Lets Ctrl-C interrupt editline's read instead of ending the program; editline restores the
/// terminal and `readLine()` reports `.interrupted`.
private func lineEditorIgnoreInterrupt(_: Int32) {}

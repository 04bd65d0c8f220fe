import CNcursesw
import Foundation

/// Decides, before curses starts, whether there is a terminal to draw on and which glyphs
/// it can show.
public enum TerminalCheck {
  /// Throws `.notATerminal` saying what is missing: stdin or stdout is not a terminal, or
  /// TERM is unset, empty or not in the terminfo database.
  public static func verify(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(TerminalError) {
    guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal("stdout is not a terminal") }
    guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal("stdin is not a terminal") }
    guard let term = environment["TERM"], !term.isEmpty else {
      throw .notATerminal("TERM is not set, so the terminal's type is unknown")
    }
    guard term != "dumb", descent_terminal_is_known(term) != 0 else {
      throw .notATerminal("the terminal type TERM=\(term) is unknown or cannot move the cursor")
    }
  }

  /// Sets the program's locale from the environment (curses needs it for wide characters)
  /// and says whether it is UTF-8.
  public static func adoptLocale() -> Bool {
    setlocale(LC_ALL, "")
    return descent_locale_is_utf8() != 0
  }
}

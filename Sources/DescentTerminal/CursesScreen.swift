import CNcursesw
import DescentUI
import Foundation

/// The one place that talks to curses: starts and ends the curses session, draws a
/// `Screen`'s cells through the wide-character API, and reads keys.
///
/// Styles become colours when the terminal has them and `NO_COLOR` is unset, otherwise bold,
/// dim, underline and reverse, which every terminal (`TERM=vt100` too) can show.
final class CursesScreen: Screen {
  private(set) var size: Size
  private var cursor: Position?
  private var attributes: [Style: (attr_t, Int16)] = [:]
  private var isActive = true

  /// Starts curses on the terminal. Call `TerminalCheck.verify` first: an unknown terminal
  /// would make curses print its own error.
  init(colours wantColours: Bool) throws(TerminalError) {
    guard descent_newterm() != nil else {
      throw .cannotStart("curses could not set up the terminal")
    }
    cbreak()
    noecho()
    nonl()
    intrflush(descent_stdscr(), false)
    keypad(descent_stdscr(), true)
    nodelay(descent_stdscr(), true)
    set_escdelay(25)
    curs_set(0)
    size = Size(rows: Int(descent_lines()), columns: Int(descent_cols()))
    attributes = Self.makeAttributes(colours: wantColours && has_colors())
  }

  /// Gives the terminal back as it was: echo, line buffering, cursor, main screen.
  func end() {
    guard isActive else { return }
    isActive = false
    curs_set(1)
    endwin()
  }

  deinit { end() }

  private static func makeAttributes(colours: Bool) -> [Style: (attr_t, Int16)] {
    let bold = descent_a_bold()
    let dim = descent_a_dim()
    let reverse = descent_a_reverse()
    let underline = descent_a_underline()
    var table: [Style: (attr_t, Int16)] = [
      .plain: (descent_a_normal(), 0), .strong: (bold, 0), .faint: (dim, 0),
      .accent: (bold, 0), .good: (bold, 0), .bad: (bold | underline, 0),
      .warning: (bold, 0), .key: (reverse, 0), .selected: (reverse, 0),
    ]
    guard colours, start_color() != descent_err() else { return table }
    use_default_colors()
    let pairs: [(Style, Int16, attr_t)] = [
      (.accent, Int16(COLOR_CYAN), bold), (.good, Int16(COLOR_GREEN), bold),
      (.bad, Int16(COLOR_RED), bold), (.warning, Int16(COLOR_YELLOW), bold),
    ]
    for (index, (style, colour, attribute)) in pairs.enumerated() {
      let pair = Int16(index + 1)
      guard init_pair(pair, colour, -1) != descent_err() else { continue }
      table[style] = (attribute, pair)
    }
    return table
  }

  // MARK: - Drawing

  func clear() {
    erase()
    cursor = nil
  }

  func put(_ text: String, at position: Position, style: Style) {
    guard position.row >= 0, position.row < size.rows, position.column < size.columns else {
      return
    }
    var wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
    let count = Int32(min(wide.count, size.columns - position.column))
    wide.append(0)
    let (attribute, pair) = attributes[style] ?? (descent_a_normal(), 0)
    _ = descent_put(
      Int32(position.row), Int32(position.column), wide, count, attribute, pair)
  }

  func setCursor(_ position: Position?) {
    cursor = position
  }

  /// Sends what was drawn since the last call to the terminal.
  func show() {
    if let cursor {
      move(Int32(cursor.row), Int32(cursor.column))
      curs_set(1)
    } else {
      curs_set(0)
    }
    refresh()
  }

  /// Tells curses the terminal's new size (after SIGWINCH) and returns it.
  func updateSize() -> Size {
    var rows: Int32 = 0
    var columns: Int32 = 0
    if descent_window_size(STDOUT_FILENO, &rows, &columns) == 0 {
      resizeterm(rows, columns)
    }
    size = Size(rows: Int(descent_lines()), columns: Int(descent_cols()))
    return size
  }

  // MARK: - Keys

  /// Every key waiting, without blocking. A resize that curses noticed itself comes back
  /// as `nil` in the list.
  func readKeys() -> [Key?] {
    var keys: [Key?] = []
    var code: Int32 = 0
    while true {
      let result = descent_get_wch(&code)
      if result == descent_err() { break }
      if result == descent_key_code_yes() {
        if code == descent_key_resize() {
          keys.append(nil)
        } else if let key = Self.functionKey(code) {
          keys.append(key)
        }
      } else if let scalar = Unicode.Scalar(UInt32(bitPattern: code)) {
        keys.append(Key(character: Character(scalar)))
      }
    }
    return keys
  }

  private static func functionKey(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_ENTER: return .enter
    case (descent_key_f0() + 1)...(descent_key_f0() + 12):
      return .function(Int(code - descent_key_f0()))
    default: return nil
    }
  }
}

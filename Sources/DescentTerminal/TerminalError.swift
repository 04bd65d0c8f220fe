/// Why the interactive screen cannot run.
public enum TerminalError: Error, CustomStringConvertible, Equatable {
  /// There is no usable terminal: stdout or stdin is not one, or TERM is unset or unknown.
  /// The text says which.
  case notATerminal(String)
  /// There is a terminal but curses could not start on it.
  case cannotStart(String)

  public var description: String {
    switch self {
    case .notATerminal(let reason): reason
    case .cannotStart(let reason): reason
    }
  }
}

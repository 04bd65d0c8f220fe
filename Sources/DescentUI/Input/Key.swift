/// One key press, decoded by the terminal layer.
public enum Key: Sendable, Hashable {
  /// A printable character, including space.
  case character(Character)
  /// A letter pressed with Ctrl, lower-case: Ctrl-C is `.control("c")`.
  case control(Character)
  case enter
  case escape
  case tab
  case backspace
  case delete
  case up
  case down
  case left
  case right
  case home
  case end
  case pageUp
  case pageDown
  /// F1…F12.
  case function(Int)

  /// Decodes a character as a terminal delivers it: control codes become named keys.
  public init(character: Character) {
    guard let ascii = character.asciiValue else {
      self = .character(character)
      return
    }
    switch ascii {
    case 9: self = .tab
    case 10, 13: self = .enter
    case 27: self = .escape
    case 8, 127: self = .backspace
    case 1...26: self = .control(Character(Unicode.Scalar(ascii + 96)))
    default: self = .character(character)
    }
  }

  /// Ctrl-C as a key: it arrives this way only when the terminal does not turn it into
  /// SIGINT; both mean "quit".
  public static let interrupt = Key.control("c")
}

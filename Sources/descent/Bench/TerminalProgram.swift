/// A screen of descent that the terminal cases measure: the tutor, and the playground.
struct TerminalProgram {
  var label: String
  var arguments: [String]
  /// Whether the program animates when it starts (and pauses on the space bar).
  var animates: Bool

  static let tutor = TerminalProgram(label: "tutor", arguments: [], animates: false)
  static let playground = TerminalProgram(
    label: "playground", arguments: ["play"], animates: true)

  static let all = [tutor, playground]
}

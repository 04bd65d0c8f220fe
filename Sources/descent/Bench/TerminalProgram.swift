/// A screen of descent that the terminal cases measure.
struct TerminalProgram {
  var label: String
  var arguments: [String]
  /// Keys typed after the first frame to reach the screen measured.
  var keys: [String] = []
  /// Text that must be on the screen once the keys are typed, to be sure it is the one meant.
  var expected: String?
  /// Whether the program animates when it starts (and pauses on the space bar).
  var animates = false

  /// The tutor on the first step of a first visit: text to read, nothing moving.
  static let tutor = TerminalProgram(label: "tutor", arguments: [])
  /// The tutor on the fourth step of the lesson on m examples, whose playground trains on
  /// digits by itself.
  static let tutorPlayground = TerminalProgram(
    label: "tutor, digits playground",
    arguments: ["--lesson", "m-examples-and-the-vectorised-step"], keys: ["l", "l", "l"],
    expected: "digits (3 against the rest)")
  static let playground = TerminalProgram(
    label: "playground", arguments: ["play"], expected: "digits (3 against the rest)",
    animates: true)
}

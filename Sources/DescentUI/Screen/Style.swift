/// What a piece of text means on screen. The terminal decides how each role looks: colours
/// where the terminal has them and `NO_COLOR` is unset, otherwise bold, dim and reverse, so
/// that every role stays distinct on a monochrome terminal.
public enum Style: Sendable, Hashable, CaseIterable {
  /// Ordinary text.
  case plain
  /// Headings and values that matter: bold.
  case strong
  /// Background information, such as an earlier run's curve: dim.
  case faint
  /// The thing to look at, such as the current cost curve and α marks.
  case accent
  /// A good outcome: a right answer, a converging run.
  case good
  /// A bad outcome: a refused value, a diverged run.
  case bad
  /// A caution that is not yet an error.
  case warning
  /// A key name in the footer or the help: reverse video.
  case key
  /// The selected line of a list: reverse video.
  case selected
}

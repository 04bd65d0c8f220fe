/// One screen of a lesson: prose, then at most one interactive widget below it.
public struct LessonStep: Sendable, Equatable {
  /// The 1-based line of the file where the step begins.
  public var line: Int
  /// The prose, in order; may be empty when the step is only a widget.
  public var paragraphs: [Paragraph]
  /// The interactive part, shown below the prose; `nil` for a step of prose only.
  public var widget: Widget?

  public init(line: Int, paragraphs: [Paragraph], widget: Widget? = nil) {
    self.line = line
    self.paragraphs = paragraphs
    self.widget = widget
  }
}

/// A block of prose in a step.
public enum Paragraph: Sendable, Equatable {
  /// Running text: the paragraph's lines joined with single spaces, to be wrapped to the
  /// width of the screen.
  case text(String)
  /// Lines to show as written (indented in the file): formulas, small tables. The common
  /// indentation is removed; each line is shown on a line of its own, not wrapped.
  case display([String])
}

/// What one statement did.
public enum ReplOutcome: Equatable, Sendable {
  /// Lines to show; empty for a blank line or a comment.
  case printed([String])
  /// The statement was refused; nothing in the session changed.
  case failed(ReplError)
  /// `quit` or `exit`: the session is over.
  case quit
}

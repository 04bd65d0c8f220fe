import Foundation

/// Something about saved progress the student should be told, in words for the screen.
public enum ProgressNotice: Equatable, Sendable, CustomStringConvertible {
  /// The progress file could not be read; it was moved to `keptAs` (or could not be moved,
  /// `nil`) and the tutor starts fresh.
  case corrupt(keptAs: URL?, reason: String)
  /// Progress cannot be written; the tutor runs on without saving.
  case notSaved(reason: String)

  public var description: String {
    switch self {
    case .corrupt(let kept?, let reason):
      "the progress file could not be read (\(reason)); it was kept as \(kept.path) "
        + "and the tutor starts fresh"
    case .corrupt(nil, let reason):
      "the progress file could not be read (\(reason)); the tutor starts fresh"
    case .notSaved(let reason):
      "progress is not saved: \(reason)"
    }
  }
}

/// Whether a run is still going.
public enum TrainingStatus: Equatable, Sendable {
  /// Steps can be taken.
  case running
  /// The run went wrong at `iteration` and takes no more steps until it is reset; `reason`
  /// says how, in words.
  case diverged(iteration: Int, reason: String)

  public var isDiverged: Bool {
    if case .diverged = self { return true }
    return false
  }
}

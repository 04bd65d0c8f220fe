import DescentEngine

// The explorers already say which keys they act on.
extension NudgeExplorer: KeyClaiming {}
extension GraphExplorer: KeyClaiming {}
extension BowlView: KeyClaiming {}

extension Playground: KeyClaiming {
  /// The playground's own keys: space (pause), `+` `-` `a` (α), `s` (step), `r` (reset),
  /// `l` (log scale) and `:` (a statement). Its `q` quits the tutor, as it quits
  /// `descent play`; the arrows, Enter and `h` are left to turn pages.
  public func claims(_ key: Key) -> Bool {
    guard case .character(let character) = key else { return false }
    return " +-asrl:".contains(character)
  }
}

/// A key and what it does, for the footer and the help overlay: `space` `pause`.
public struct KeyHint: Sendable, Hashable {
  /// The key as the user types it: `space`, `+`, `←/h`, `Enter`.
  public var key: String
  /// What it does, in a few words.
  public var action: String

  public init(_ key: String, _ action: String) {
    self.key = key
    self.action = action
  }
}

/// A widget that shares the keyboard with the view hosting it: it names the keys it acts
/// on now, and the host keeps every other key for itself.
///
/// The lesson player turns pages with → `l` space Enter `PgDn` (next) and ← `h` `PgUp`
/// (back); on a widget that claims some of them, the others still work, and the footer
/// names the first that does.
public protocol KeyClaiming {
  /// Whether the widget acts on `key` in its present state.
  func claims(_ key: Key) -> Bool
}

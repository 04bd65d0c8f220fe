/// A screen's worth of interface: state, a pure `update` for each event, and a `render` of
/// the whole view from that state.
///
/// A `Shell` hosts one view: it reserves the last row for a footer built from `keyHints`,
/// shows a help overlay built from `helpEntries` on `?`, and replaces everything with a
/// "too small" message while the screen is smaller than `minimumSize`. The terminal runner
/// (or a test) feeds the shell events and renders it on a screen; nothing in a view knows
/// which.
public protocol View {
  /// Handles one event and says whether to go on.
  mutating func update(_ event: Event) -> ViewResponse

  /// Draws the view, every cell of it, on `canvas`.
  func render(on canvas: Canvas)

  /// The keys that work now, for the footer, most important first.
  var keyHints: [KeyHint] { get }

  /// Every key, for the help overlay.
  var helpEntries: [KeyHint] { get }

  /// The smallest canvas (without the footer row) the view can be drawn in.
  var minimumSize: Size { get }

  /// How often the view wants `.tick` events while animating, or nil to wait for keys
  /// (the process then sleeps in its input wait).
  var frameInterval: Duration? { get }

  /// True while the view is taking typed text, so that `?` and `q` are text, not commands.
  var capturesText: Bool { get }
}

/// What the host does after an event.
public enum ViewResponse: Sendable, Equatable {
  case `continue`
  case quit
}

import DescentEngine
import Foundation

/// The widget of the step on screen, and how it shares the keyboard with the player.
struct StepWidget {
  var view: any View

  /// The view for `widget`, ready to show.
  ///
  /// - Parameters:
  ///   - lessonsFolder: where the data sets live.
  ///   - answer: the student's earlier answer when the widget is a poll.
  init(_ widget: Widget, lessonsFolder: URL, answer: PollAnswer?) {
    switch widget {
    case .poll(let poll):
      view = PollView(poll: poll, answer: answer)
    case .image(let image):
      view = ImageVectorView(widget: image, lessonsFolder: lessonsFolder)
    case .nudge, .graph, .bowl, .playground:
      // FIXME: the nudge explorer, graph, bowl and playground are shown as their parameters
      // until their views are part of the build.
      view = WidgetPlaceholder(widget: widget)
    }
  }

  /// Whether the widget acts on `key` now: every key while it takes typed text, else the
  /// keys it claims.
  func claims(_ key: Key) -> Bool {
    if view.capturesText { return true }
    return (view as? any KeyClaiming)?.claims(key) ?? false
  }

  var poll: PollView? { view as? PollView }
}

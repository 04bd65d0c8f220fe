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
    case .nudge(let nudge):
      view = NudgeExplorer(nudge)
    case .graph(let graph):
      view = GraphExplorer(graph)
    case .bowl(let bowl):
      view = BowlView(bowl)
    case .playground(let playground):
      view = Self.playground(playground, lessonsFolder: lessonsFolder)
    }
  }

  /// The playground on the lesson's data set, target and α, training from the start; a box
  /// saying why when the data set cannot be loaded.
  private static func playground(_ widget: PlaygroundWidget, lessonsFolder: URL) -> any View {
    let data = lessonsFolder.appendingPathComponent("data", isDirectory: true)
    do throws(DataError) {
      let split = try DataSplit.load(widget.source, dataDirectory: data)
      return Playground(
        trainer: Trainer(split: split, learningRate: widget.learningRate),
        datasetName: widget.source.name, stepsPerFrame: widget.speed ?? 20,
        iterationLimit: widget.iterations)
    } catch {
      return WidgetPlaceholder(title: "playground", lines: ["cannot load the data: \(error)"])
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

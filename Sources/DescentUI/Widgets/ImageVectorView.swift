import DescentEngine
import Foundation

/// The image-as-a-vector widget.
///
/// `show: digit` draws one 8×8 image in shades beside its 64 numbers, eight to a line in
/// the order they are unrolled into x. `show: weights` first trains logistic regression on
/// the image data set (a few thousand iterations, run on ticks so the screen stays live) and
/// then draws the 64 weights w as an 8×8 heat map, beside the image of `row` when there is
/// one: a weight sits on the pixel it multiplies, so the map shows which ink points to the
/// target digit (w > 0) and which points away from it (w < 0).
public struct ImageVectorView: View {
  public let widget: ImageWidget
  /// The image of `widget.row`, or why it cannot be drawn.
  let sample: Result<ImageSample, ImageSample.Failure>?
  /// The training run of `show: weights`, or why it cannot start.
  private(set) var training: Result<Trainer, DataError>?

  /// How long one tick may train before the screen is drawn again.
  static let trainingSlice = Duration.milliseconds(30)

  /// - Parameter lessonsFolder: the folder whose `data/` holds the named data sets.
  public init(widget: ImageWidget, lessonsFolder: URL) {
    self.widget = widget
    let file = widget.dataset.file(inLessonsFolder: lessonsFolder)
    sample = widget.row.map { row in
      Result { () throws(ImageSample.Failure) in try ImageSample.load(file: file, row: row) }
    }
    if widget.show == .weights {
      let data = lessonsFolder.appendingPathComponent("data", isDirectory: true)
      training = Result { () throws(DataError) in
        let split = try DataSplit.load(widget.trainingSource, dataDirectory: data)
        return Trainer(split: split, learningRate: widget.learningRate)
      }
    }
  }

  /// True while `show: weights` is still training.
  public var isTraining: Bool {
    guard case .success(let trainer) = training else { return false }
    return trainer.status == .running && trainer.iteration < widget.iterations
  }

  /// Runs the rest of the training at once (for tests and slow screens).
  public mutating func finishTraining() {
    guard case .success(var trainer) = training else { return }
    trainer.step(widget.iterations - trainer.iteration)
    training = .success(trainer)
  }

  public mutating func update(_ event: Event) -> ViewResponse {
    guard event == .tick, isTraining, case .success(var trainer) = training else {
      return .continue
    }
    let clock = ContinuousClock()
    let start = clock.now
    repeat {
      trainer.step(min(10, widget.iterations - trainer.iteration))
    } while trainer.status == .running && trainer.iteration < widget.iterations
      && clock.now - start < Self.trainingSlice
    training = .success(trainer)
    return .continue
  }

  public var keyHints: [KeyHint] { [] }
  public var helpEntries: [KeyHint] { [] }
  public var minimumSize: Size { Size(rows: 12, columns: 60) }
  public var frameInterval: Duration? { isTraining ? .milliseconds(40) : nil }
  public var capturesText: Bool { false }
}

import DescentEngine

/// The training playground: logistic regression trained by gradient descent, animated, with
/// the cost curve falling on screen and α changed live.
///
/// State + events + a pure update: each `.tick` takes `stepsPerFrame` steps; keys change α,
/// pause, step, reset and the scale. A run that diverges pauses itself. Rendering (in
/// `Playground+Render.swift`) reads only this state and the history's bucket summary, so a
/// frame costs the same at any history length.
public struct Playground: View {
  /// `+` multiplies α by this and `-` divides by it: two presses of `+` double twice, so
  /// 0.5 goes to 1 then 2, and the values stay short enough to read.
  public static let learningRateFactor = 2.0
  /// About 30 frames a second while training runs.
  public static let frame = Duration.milliseconds(33)

  public private(set) var trainer: Trainer
  /// What is being trained on, for the title: `digits (3 against the rest)`.
  public private(set) var datasetName: String
  /// Steps taken on each tick while running.
  public var stepsPerFrame: Int
  /// Where training stops by itself, if anywhere.
  public var iterationLimit: Int?

  public private(set) var isPaused: Bool
  public private(set) var logarithmic = false
  /// The run before the last reset, drawn faint behind the current one.
  public private(set) var previousRun: CostHistory?
  /// The line where an exact α is being typed, while it is open.
  public private(set) var learningRateInput: InputLine?
  /// The `:` line, whose statements (`alpha 0.05`, `train 100`, `reset`) act on `trainer`.
  public private(set) var console = StatementConsole()
  /// A line of news under the chart: a refused value, a divergence, a reset.
  public private(set) var notice: Notice?
  /// Accuracy of the current w, b, kept up to date after each change of the model so that
  /// drawing never has to go over the data.
  public private(set) var accuracy: (train: Double, test: Double)

  /// A message for the student and how it should look.
  public struct Notice: Sendable, Equatable {
    public var text: String
    public var style: Style
  }

  public init(
    trainer: Trainer, datasetName: String, stepsPerFrame: Int = 20, iterationLimit: Int? = nil,
    paused: Bool = false
  ) {
    self.trainer = trainer
    self.datasetName = datasetName
    self.stepsPerFrame = max(stepsPerFrame, 1)
    self.iterationLimit = iterationLimit
    self.isPaused = paused
    self.accuracy = (trainer.trainAccuracy, trainer.testAccuracy)
  }

  public var isRunning: Bool { !isPaused && !trainer.status.isDiverged && !atLimit }

  private var atLimit: Bool { iterationLimit.map { trainer.iteration >= $0 } ?? false }

  // MARK: - View

  public var frameInterval: Duration? { isRunning ? Self.frame : nil }

  public var capturesText: Bool { learningRateInput != nil || console.isOpen }

  public var minimumSize: Size { Size(rows: 14, columns: 50) }

  public mutating func update(_ event: Event) -> ViewResponse {
    switch event {
    case .tick:
      if isRunning { step(stepsPerFrame) }
    case .resize:
      break
    case .key(let key):
      if learningRateInput != nil {
        typeLearningRate(key)
      } else if console.isOpen {
        typeStatement(key)
      } else {
        return press(key)
      }
    }
    return .continue
  }

  private mutating func press(_ key: Key) -> ViewResponse {
    switch key {
    case .character("q"), .interrupt:
      return .quit
    case .character(" "):
      togglePause()
    case .character("s"):
      isPaused = true
      step(1)
    case .character("+"), .character("="):
      setLearningRate(trainer.learningRate * Self.learningRateFactor)
    case .character("-"), .character("_"):
      setLearningRate(trainer.learningRate / Self.learningRateFactor)
    case .character("a"):
      learningRateInput = InputLine(prompt: "α = ", text: formatNumber(trainer.learningRate))
    case .character("r"):
      reset()
    case .character("l"):
      logarithmic.toggle()
    case .character(":"):
      console.open()
    default:
      break
    }
    return .continue
  }

  private mutating func typeLearningRate(_ key: Key) {
    guard var line = learningRateInput else { return }
    switch line.handle(key) {
    case .editing:
      learningRateInput = line
    case .cancelled:
      learningRateInput = nil
    case .submitted(let text):
      do throws(LearningRate.ParseError) {
        setLearningRate(try LearningRate.parse(text))
        learningRateInput = nil
      } catch {
        line.refuse("\(error.description); α stays \(formatNumber(trainer.learningRate))")
        learningRateInput = line
      }
    }
  }

  /// A key for the `:` line; a statement that ran has changed the trainer, and the rest of
  /// the view catches up as if the matching key had been pressed.
  private mutating func typeStatement(_ key: Key) {
    let before = trainer
    guard case .ran(let statement) = console.handle(key, on: &trainer) else { return }
    switch statement {
    case .reset:
      if before.history.count > 1 { previousRun = before.history }
      if before.status.isDiverged { isPaused = false }
      notice = nil
    case .data:
      previousRun = nil
      datasetName = trainer.split.name
      notice = nil
    case .alpha:
      if !trainer.status.isDiverged { notice = nil }
    default:
      break
    }
    accuracy = (trainer.trainAccuracy, trainer.testAccuracy)
    if case .diverged = trainer.status, !before.status.isDiverged { noteDivergence() }
  }

  // MARK: - Training

  private mutating func step(_ count: Int) {
    let allowed = iterationLimit.map { max($0 - trainer.iteration, 0) } ?? count
    guard !trainer.status.isDiverged, allowed > 0 else { return }
    trainer.step(min(count, allowed))
    accuracy = (trainer.trainAccuracy, trainer.testAccuracy)
    if trainer.status.isDiverged {
      noteDivergence()
    } else if atLimit {
      notice = Notice(text: "stopped at iteration \(trainer.iteration), as planned", style: .good)
    }
  }

  private mutating func noteDivergence() {
    guard case .diverged(let iteration, let reason) = trainer.status else { return }
    isPaused = true
    notice = Notice(
      text: "diverged at iteration \(iteration): \(reason). Press r to reset, - to lower α.",
      style: .bad)
  }

  private mutating func togglePause() {
    if trainer.status.isDiverged {
      notice = Notice(text: "this run has diverged: press r to reset, - to lower α", style: .bad)
      return
    }
    isPaused.toggle()
  }

  private mutating func setLearningRate(_ value: Double) {
    guard value.isFinite, value > 0 else {
      notice = Notice(text: "α cannot go further that way", style: .warning)
      return
    }
    trainer.learningRate = value
    if !trainer.status.isDiverged { notice = nil }
  }

  private mutating func reset() {
    if trainer.history.count > 1 { previousRun = trainer.history }
    let wasDiverged = trainer.status.isDiverged
    trainer.reset()
    accuracy = (trainer.trainAccuracy, trainer.testAccuracy)
    if wasDiverged { isPaused = false }
    notice = Notice(
      text: "back to w = 0, b = 0 with α = \(formatNumber(trainer.learningRate))"
        + (previousRun == nil ? "" : "; the earlier run stays, faint"),
      style: .plain)
  }
}

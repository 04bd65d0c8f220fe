import DescentEngine

/// A point sliding down a one-weight convex cost by gradient descent,
///
/// ```
/// w ← w − α · dJ/dw
/// ```
///
/// one step a key or animated, with the jump of each step drawn, α changeable, and what
/// the steps are doing said in words: converging, zigzagging, bouncing, or diverging when α
/// is too large.
public struct BowlView: View {
  /// What the lesson asked for.
  public let widget: BowlWidget
  /// α for the next step.
  public private(set) var learningRate: Double
  /// w at iterations 0 … now.
  public private(set) var positions: [Double]
  /// J(w) at iterations 0 … now.
  public private(set) var costs: [Double]
  /// Whether steps are taken on every tick.
  public private(set) var isRunning = false
  public private(set) var verdict = BowlVerdict.start
  /// Whether the run takes no more steps until it is reset: w has flown off the picture,
  /// or a step could not be computed.
  public private(set) var hasStopped = false
  /// Why the widget cannot show the lesson's cost, in words, or nil.
  public private(set) var problem: String?
  /// Why the last key did nothing, until the next key.
  public private(set) var message: String?

  let cost: BowlCost?
  /// The w of the bottom, and the window of w drawn around it and the start.
  let bottom: Double
  let window: ClosedRange<Double>
  var entry: InputLine?
  private var watch = DivergenceWatch(risingSteps: BowlTrainer.risingSteps)

  /// Steps an animation takes before stopping by itself.
  public static let longestRun = 500

  public init(_ widget: BowlWidget) {
    self.widget = widget
    learningRate = widget.learningRate
    positions = [widget.start]
    costs = []
    do {
      let cost = try BowlCost(widget.cost)
      self.cost = cost
      bottom = cost.bottom(near: widget.start)
    } catch {
      cost = nil
      problem = error.description
      bottom = widget.start
    }
    let reach = max(abs(widget.start - bottom) * 1.5, 1)
    window = (bottom - reach)...(bottom + reach)
    reset()
  }

  /// The current weight.
  public var w: Double { positions.last ?? widget.start }

  /// Steps taken since the start.
  public var iteration: Int { positions.count - 1 }

  public var capturesText: Bool { entry != nil }

  public var frameInterval: Duration? { isRunning ? .milliseconds(150) : nil }

  public var minimumSize: Size { Size(rows: 10, columns: 56) }

  public mutating func update(_ event: Event) -> ViewResponse {
    switch event {
    case .tick:
      if isRunning { step() }
    case .resize: break
    case .key(let key):
      if entry != nil {
        typeKey(key)
        return .continue
      }
      message = nil
      guard problem == nil else { return .continue }
      switch key {
      case .character("s"):
        isRunning = false
        step()
      case .character("g"):
        isRunning = !hasStopped && !isRunning
        if hasStopped { message = "the run has stopped: press r to start again" }
      case .character("+"): setLearningRate(BowlView.ladder(from: learningRate, up: true))
      case .character("-"): setLearningRate(BowlView.ladder(from: learningRate, up: false))
      case .character("="), .character("a"):
        isRunning = false
        entry = InputLine(prompt: "α = ")
      case .character("r"): reset()
      default: break
      }
    }
    return .continue
  }

  private mutating func typeKey(_ key: Key) {
    guard var line = entry else { return }
    switch line.handle(key) {
    case .editing: entry = line
    case .cancelled: entry = nil
    case .submitted(let text):
      do {
        let value = try LearningRate.parse(text)
        entry = nil
        setLearningRate(value)
      } catch {
        line.refuse("\(error); α stays \(formatNumber(learningRate))")
        entry = line
      }
    }
  }

  /// Takes α for the next steps, as typing it would; a run that has stopped stays stopped
  /// until a reset, and says so.
  public mutating func setLearningRate(_ value: Double) {
    learningRate = value
    if hasStopped { message = "the run has stopped: press r to start again" }
  }

  /// Takes one step of gradient descent, unless the run has stopped.
  public mutating func step() {
    guard let cost, !hasStopped else {
      isRunning = false
      return
    }
    let before = w
    guard let slope = cost.slope(at: before) else {
      stop(.stuck("dJ/dw has no value at w = \(formatNumber(before))"))
      return
    }
    let after = before - learningRate * slope
    guard after.isFinite, let value = cost.value(at: after) else {
      stop(after.isFinite ? .stuck("J has no value at w = \(formatNumber(after))") : .diverging)
      return
    }

    positions.append(after)
    costs.append(value)
    let rising = watch.observe(cost: value) != nil
    verdict = rising ? .diverging : judge(slopeAfter: cost.slope(at: after) ?? 0)
    if verdict == .diverging && !window.contains(after) {
      stop(.diverging)
    } else if verdict == .converged || verdict.isStalled || iteration >= Self.longestRun {
      isRunning = false
    }
  }

  /// Ends the run until a reset.
  private mutating func stop(_ verdict: BowlVerdict) {
    self.verdict = verdict
    isRunning = false
    hasStopped = true
  }

  /// Reads the last jumps: their sizes and whether they crossed the bottom.
  private func judge(slopeAfter slope: Double) -> BowlVerdict {
    let count = positions.count
    let jump = positions[count - 1] - positions[count - 2]
    let scale = max(window.upperBound - window.lowerBound, 1e-300)
    if abs(jump) < 1e-10 * scale || abs(learningRate * slope) < 1e-10 * scale {
      // A jump that vanishes means the bottom only where the slope vanishes too; a tiny α
      // (1e-300) makes w − α · dJ/dw round to w on a steep side as well.
      return isFlat(slope) ? .converged : .tooSmallToMove(roundsToZero: jump == 0)
    }
    let crossed = (positions[count - 1] - bottom) * (positions[count - 2] - bottom) < 0
    guard count >= 3 else { return crossed ? .zigzagging : .converging }
    let previous = positions[count - 2] - positions[count - 3]
    let ratio = abs(jump) / max(abs(previous), 1e-300)
    if crossed && ratio > 1 + 1e-6 { return .diverging }
    if crossed && ratio > 1 - 1e-6 { return .bouncing }
    return crossed ? .zigzagging : .converging
  }

  /// Whether `slope` is 0 as far as the picture can tell: tiny next to the steepest slope
  /// in the window (at one of its ends, the cost being convex). Without a slope at the
  /// ends to compare with, a vanishing jump is taken to mean the bottom, as it usually does.
  private func isFlat(_ slope: Double) -> Bool {
    let ends = [window.lowerBound, window.upperBound].compactMap { cost?.slope(at: $0) }
    guard let steepest = ends.map(abs).filter(\.isFinite).max(), steepest > 0 else {
      return true
    }
    return abs(slope) <= 1e-8 * steepest
  }

  /// Back to the start; α stays as it is.
  public mutating func reset() {
    positions = [widget.start]
    costs = [cost?.value(at: widget.start) ?? 0]
    isRunning = false
    hasStopped = false
    watch.reset()
    _ = watch.observe(cost: costs[0])
    verdict = .start
    if problem == nil, cost != nil, cost?.value(at: widget.start) == nil {
      problem = "J has no value at the start, w = \(formatNumber(widget.start))"
    }
  }

  /// The next α up or down the ladder 1, 1.5, 2, 3, … 9 times a power of ten, which passes
  /// the thresholds of the lecture's bowl (0.5 and 1) and stays on readable numbers.
  static func ladder(from value: Double, up: Bool) -> Double {
    let marks = [1.0, 1.5, 2, 3, 4, 5, 6, 7, 8, 9]
    var candidates: [Double] = []
    var power = 1e-6
    while power <= 100 {
      candidates += marks.map { Double(formatNumber($0 * power, significantDigits: 6)) ?? 0 }
      power *= 10
    }
    if up { return candidates.first { $0 > value * (1 + 1e-9) } ?? value }
    return candidates.last { $0 < value * (1 - 1e-9) } ?? value
  }
}

import DescentEngine
import DescentUI
import Foundation

/// Case 2: the time to draw one whole frame of the training playground (shell, header,
/// chart, legend, footer) into a `MemoryScreen` of 200×60, with cost histories of 10³ and
/// 10⁶ points. Drawing reads the histories' bucket summaries, so the two should cost about
/// the same.
struct FrameBench {
  /// Frames timed for each history length; the median is reported.
  var frames: Int
  /// The long history: 10⁶ points, or 10⁴ for a quick run (a million real steps take a
  /// debug build minutes).
  var longHistory: Int

  static let size = Size(rows: 60, columns: 200)

  func run() -> BenchSection {
    let small = medianFrameSeconds(points: 1_000)
    let large = medianFrameSeconds(points: longHistory)
    let power = Self.superscript(Int(log10(Double(longHistory)).rounded()))
    let goal = 0.002
    return BenchSection(
      rows: [
        BenchRow(
          name: "frame 200×60, 10³ points", descent: BenchFormat.milliseconds(small),
          goal: "< 2 ms", met: small < goal),
        BenchRow(
          name: "frame 200×60, 10\(power) points", descent: BenchFormat.milliseconds(large),
          reference: BenchFormat.milliseconds(small) + " at 10³", ratio: large / small,
          goal: "< 2 ms, ≤ 1.5× 10³", met: large < goal && large <= 1.5 * small),
      ],
      notes: [
        "frame: median of \(frames) renders of the playground into memory, after a warm-up; "
          + "the current run and a faint earlier run each hold the history length shown."
      ])
  }

  /// 4 → `⁴`, 6 → `⁶`.
  static func superscript(_ number: Int) -> String {
    let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    return String(String(number).compactMap { $0.wholeNumberValue.map { digits[$0] } })
  }

  private func medianFrameSeconds(points: Int) -> Double {
    let shell = Shell(content: Self.playground(points: points), size: Self.size)
    let screen = MemoryScreen(rows: Self.size.rows, columns: Self.size.columns)
    for _ in 0..<10 { shell.render(on: screen, glyphs: .unicode) }

    let clock = ContinuousClock()
    var times: [Double] = []
    times.reserveCapacity(frames)
    for _ in 0..<max(frames, 1) {
      let start = clock.now
      shell.render(on: screen, glyphs: .unicode)
      times.append(start.duration(to: clock.now).seconds)
    }
    times.sort()
    return times[times.count / 2]
  }

  /// A paused playground whose run, and the faint run before it, each hold `points` costs,
  /// with a change of α halfway through so the chart has marks to draw. The data set is a
  /// pair of one-feature examples, so that a million real steps take well under a second.
  static func playground(points: Int) -> Playground {
    let examples = Examples(featureCount: 1, features: [1, -1], labels: [1, 0])
    let split = DataSplit(
      name: "pair", description: "two examples", train: examples, test: examples)
    let half = max((points - 1) / 2, 1)
    var playground = Playground(
      trainer: Trainer(split: split, learningRate: 0.5), datasetName: "two examples",
      stepsPerFrame: half)

    for run in 0..<2 {
      playground.stepsPerFrame = half
      _ = playground.update(.tick)
      _ = playground.update(.key(.character("-")))
      playground.stepsPerFrame = points - 1 - half
      _ = playground.update(.tick)
      if run == 0 { _ = playground.update(.key(.character("r"))) }
    }
    _ = playground.update(.key(.character(" ")))
    return playground
  }
}

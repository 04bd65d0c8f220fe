import DescentEngine
import Foundation

/// Case 1: full-batch gradient-descent iterations a second on one thread, descent's step
/// (which always computes the cost J, since the curve is drawn from it) beside numpy's same
/// vectorised step with J, and numpy's figure without J for honesty; then the share of the
/// machine's peak rate, with numpy's one-thread dgemm as the reference peak.
struct TrainingBench {
  var seconds: Double
  /// Steps between two readings of the clock; 1 lets a slow (debug) build finish quickly.
  var round: Int
  /// Runs of each side; the best of each is reported.
  var rounds: Int

  /// A data set of the case and the goal against numpy.
  private struct Workload {
    var label: String
    var dataset: String
    var split: DataSplit
    var goal: Int
  }

  /// Steps taken from w = 0, b = 0 by both sides before their costs are compared.
  static let checkSteps = 3

  func run() -> BenchSection {
    var section = BenchSection()
    var workloads: [Workload] = []
    do throws(DataError) {
      let digits = try DataSplit.load(.digits(target: 3))
      workloads.append(
        Workload(label: "train digits 64×1437", dataset: "digits", split: digits, goal: 3))
    } catch {
      section.notes.append("digits: \(error.description)")
    }
    workloads.append(
      Workload(
        label: "train synthetic 784×10000", dataset: "synthetic", split: .synthetic(), goal: 1))

    let reference: NumpyReference?
    do throws(NumpyReference.Unavailable) {
      reference = try NumpyReference.locate()
    } catch {
      reference = nil
      section.notes.append("numpy reference unavailable: \(error.description)")
    }

    var peak: Double?
    if let reference {
      do throws(NumpyReference.Unavailable) {
        let measured = try reference.peakOperationsPerSecond(seconds: seconds)
        peak = measured
        section.rows.append(
          BenchRow(
            name: "reference peak: dgemm, 1 thread", descent: "",
            reference: BenchFormat.number(measured / 1e9) + " GFLOP/s numpy"))
      } catch {
        section.notes.append("reference peak unavailable: \(error.description)")
      }
    }

    for workload in workloads {
      section.rows += rows(for: workload, reference: reference, peak: peak, notes: &section.notes)
    }
    section.notes.append(
      "training: the best of \(rounds) alternating runs of \(BenchFormat.number(seconds)) s "
        + "for each side; descent records the cost J at every step, numpy 'no J' leaves it "
        + "out. Share of peak counts 4·n_x·m operations a step.")
    return section
  }

  private func rows(
    for workload: Workload, reference: NumpyReference?, peak: Double?, notes: inout [String]
  ) -> [BenchRow] {
    // The best of a few alternating runs of each side: on a shared machine, others' work
    // only ever slows a run down, and alternating gives both sides the same chances.
    var best: TrainingThroughput?
    var numpy: Double?
    var bare: Double?
    var failure: NumpyReference.Unavailable?
    for _ in 0..<rounds {
      let measured = TrainingThroughput.measure(
        split: workload.split, seconds: seconds, round: round)
      if measured.iterationsPerSecond > best?.iterationsPerSecond ?? 0 { best = measured }
      guard let reference, failure == nil else { continue }
      do throws(NumpyReference.Unavailable) {
        let withCost = try reference.iterationsPerSecond(
          dataset: workload.dataset, seconds: seconds, withCost: true)
        let withoutCost = try reference.iterationsPerSecond(
          dataset: workload.dataset, seconds: seconds, withCost: false)
        numpy = max(numpy ?? 0, withCost)
        bare = max(bare ?? 0, withoutCost)
      } catch {
        failure = error
      }
    }
    guard let best else { return [] }

    let rate = best.iterationsPerSecond
    var rows = [
      BenchRow(
        name: workload.label, descent: BenchFormat.rate(rate),
        goal: "≥ \(workload.goal)× numpy")
    ]
    if let failure {
      notes.append("\(workload.dataset): numpy reference unavailable: \(failure.description)")
    } else if let reference, let numpy, let bare {
      rows[0].reference = BenchFormat.rate(numpy) + " numpy"
      rows[0].ratio = rate / numpy
      rows[0].met = rate / numpy >= Double(workload.goal)
      rows.append(
        BenchRow(
          name: "  same, numpy without J", descent: "",
          reference: BenchFormat.rate(bare) + " numpy", ratio: rate / bare))
      do throws(NumpyReference.Unavailable) {
        rows.append(try agreement(workload, reference: reference))
      } catch {
        notes.append("\(workload.dataset): \(error.description)")
      }
    }
    rows.append(shareOfPeak(best, peak: peak))
    return rows
  }

  /// Both sides take the same few steps from zero; their costs must agree, or the two
  /// columns would not be timing the same work.
  private func agreement(_ workload: Workload, reference: NumpyReference) throws(NumpyReference
    .Unavailable) -> BenchRow
  {
    var trainer = Trainer(split: workload.split, learningRate: 0.5)
    trainer.step(Self.checkSteps)
    let numpy = try reference.cost(dataset: workload.dataset, steps: Self.checkSteps)
    let difference = abs(trainer.cost - numpy) / max(abs(numpy), 1e-300)
    return BenchRow(
      name: "  same J after \(Self.checkSteps) steps",
      descent: BenchFormat.number(trainer.cost, digits: 7),
      reference: BenchFormat.number(numpy, digits: 7) + " numpy",
      goal: "within 1e-9", met: difference <= 1e-9)
  }

  private func shareOfPeak(_ measured: TrainingThroughput, peak: Double?) -> BenchRow {
    let rate = measured.operationsPerSecond
    var text = BenchFormat.number(rate / 1e9) + " GFLOP/s"
    if let peak { text += " = " + BenchFormat.percent(rate / peak) + " of peak" }
    return BenchRow(name: "  share of peak", descent: text)
  }
}

import DescentEngine
import Foundation

/// The text `descent train` prints, line by line as the run goes.
enum TrainReport {
  static func run(split: DataSplit, options: TrainOptions, write: (String) -> Void) {
    write("dataset: \(split.name)")
    write("  \(split.description)")
    write("n_x = \(split.featureCount), m_train = \(split.trainCount), m_test = \(split.testCount)")
    write(
      "X_train is \(split.train.shapeOfX), Y_train is \(split.train.shapeOfY); "
        + "X_test is \(split.test.shapeOfX), Y_test is \(split.test.shapeOfY)")
    write(
      "learning rate α = \(formatNumber(options.learningRate)), "
        + "\(options.iterations) iterations, from w = 0, b = 0")
    write("")

    var trainer = Trainer(split: split, learningRate: options.learningRate)
    write(costLine(trainer))
    var printed = trainer.iteration
    let clock = ContinuousClock()
    var elapsed = Duration.zero
    while trainer.iteration < options.iterations && trainer.status == .running {
      let remaining = options.iterations - trainer.iteration
      let toNextPrint = options.every - trainer.iteration % options.every
      let start = clock.now
      trainer.step(min(remaining, toNextPrint))
      elapsed += start.duration(to: clock.now)
      if trainer.iteration != printed {
        write(costLine(trainer))
        printed = trainer.iteration
      }
    }
    if case .diverged(let iteration, let reason) = trainer.status {
      write("diverged at iteration \(iteration): \(reason)")
      write("(the accuracies below are for w and b at iteration \(trainer.iteration))")
    }

    write("")
    write("train accuracy: \(percent(trainer.trainAccuracy))")
    write("test accuracy: \(percent(trainer.testAccuracy))")
    if options.timing {
      let seconds =
        Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
      let rate = seconds > 0 ? formatNumber((Double(trainer.iteration) / seconds).rounded()) : "—"
      write(
        "time: \(trainer.iteration) iterations in \(String(format: "%.3f", seconds)) s, "
          + "\(rate) iterations/s")
    }
  }

  static func costLine(_ trainer: Trainer) -> String {
    "iteration \(trainer.iteration)  cost \(formatNumber(trainer.cost))"
  }

  /// A fraction 0…1 as a percentage with two decimals: `97.50%`.
  static func percent(_ fraction: Double) -> String {
    String(format: "%.2f%%", fraction * 100)
  }
}

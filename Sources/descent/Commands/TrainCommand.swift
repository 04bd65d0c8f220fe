import DescentEngine
import Foundation

extension Command {
  static let train = Command(
    name: "train",
    summary: "train logistic regression by gradient descent on a data set and print the cost",
    help: """
      Usage: descent train [--dataset digits|breast-cancer|PATH] [--target DIGIT]
                           [--alpha α] [--iterations N] [--every K] [--no-scale]

      Trains logistic regression, ŷ = σ(wᵀx + b), by full-batch gradient descent from
      w = 0, b = 0 on the first 80% of the rows, and tests it on the rest. Prints n_x, m_train
      and m_test, then the cost J before the update at iterations 0, K, 2K, … and after the
      last update at N, then the accuracy on the training and the test rows.

      Options:
        --dataset     digits (the default), breast-cancer, or the path of a CSV file whose
                      last column is a 0/1 label (a header line is allowed)
        --target      digits only: the digit 0–9 that counts as y = 1 (default 3)
        --alpha       the learning rate α, a positive number (default 0.5)
        --iterations  how many updates, a whole number 0 or more (default 2000)
        --every       print the cost every K iterations (default 100)
        --no-scale    breast-cancer and CSV files: keep the raw features instead of
                      standardising them with the training rows' mean and deviation
        --timing      also print how long the updates took and how many a second that is

      A run whose cost stops being finite or keeps rising is reported as
      'diverged at iteration K'.

      Example:
        descent train --dataset digits --target 3 --alpha 0.5 --iterations 2000 --every 100
      """,
    run: { words in
      let options = try TrainOptions(words)
      let split: DataSplit
      do throws(DataError) {
        split = try DataSplit.load(options.source, dataDirectory: nil)
      } catch {
        throw CommandError.input(error.description)
      }
      TrainReport.run(split: split, options: options) { print($0) }
      return 0
    }
  )
}

/// The options of `descent train`, checked.
struct TrainOptions {
  var source: DatasetSource
  var learningRate: Double
  var iterations: Int
  var every: Int
  var timing: Bool

  init(_ words: [String]) throws(CommandError) {
    let arguments = try Arguments(
      words, valued: ["dataset", "target", "alpha", "iterations", "every"],
      flags: ["no-scale", "timing"])
    if let stray = arguments.positional.first {
      throw .usage("train takes only options, not '\(stray)'; see 'descent help train'")
    }

    let dataset = arguments.string("dataset") ?? "digits"
    let scaled = !arguments.has("no-scale")
    switch dataset {
    case "digits":
      guard scaled else {
        throw .usage("--no-scale is for breast-cancer and CSV files; digits are already 0 to 1")
      }
      source = .digits(target: try Self.target(arguments.string("target")))
    case "breast-cancer":
      source = .breastCancer(scaled: scaled)
    default:
      guard !dataset.isEmpty else { throw .usage("--dataset needs a name or a path") }
      source = .csv(path: dataset, scaled: scaled)
    }
    if case .digits = source {
    } else if arguments.has("target") {
      throw .usage("--target is for --dataset digits only")
    }

    if let text = arguments.string("alpha") {
      do {
        learningRate = try LearningRate.parse(text)
      } catch {
        throw .usage("--alpha: \(error.description)")
      }
    } else {
      learningRate = 0.5
    }
    iterations = try arguments.count("iterations") ?? 2000
    every = try arguments.count("every") ?? 100
    guard every > 0 else { throw .usage("--every must be a whole number 1 or more, not 0") }
    timing = arguments.has("timing")
  }

  private static func target(_ text: String?) throws(CommandError) -> Int {
    guard let text else { return 3 }
    guard let digit = Int(text), (0...9).contains(digit) else {
      throw .usage("--target must be a digit 0–9, not '\(text)'")
    }
    return digit
  }
}

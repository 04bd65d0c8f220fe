import DescentEngine

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

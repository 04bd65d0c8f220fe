import DescentEngine
import DescentTerminal
import DescentUI

extension Command {
  static let play = Command(
    name: "play",
    summary: "the training playground: watch the cost fall and change α live",
    help: """
      Usage: descent play [--dataset digits|breast-cancer|PATH] [--target DIGIT]
                          [--alpha α] [--speed N] [--iterations N] [--no-scale] [--ascii]

      Trains logistic regression by full-batch gradient descent from w = 0, b = 0, animated:
      the cost curve falls on screen while you change the learning rate α.

      Keys:
        space  pause or resume          s  take one step
        +  -   multiply or divide α by \(formatNumber(Playground.learningRateFactor))
        a      type an exact α
        r      start again (the old curve stays, faint)
        l      log or linear cost axis  ?  help           q  quit

      Options:
        --dataset     digits (the default), breast-cancer, or a CSV file whose last column
                      is a 0/1 label
        --target      digits only: the digit 0–9 that counts as y = 1 (default 3)
        --alpha       the starting learning rate α, a positive number (default 0.5)
        --speed       iterations per frame, about 30 frames a second (default 20)
        --iterations  stop by itself after N iterations
        --no-scale    breast-cancer and CSV files: keep the raw features
        --ascii       draw with ASCII only (also chosen when the locale is not UTF-8)

      Needs a terminal; NO_COLOR turns colours off.
      """,
    run: { words in try PlayOptions(words).run() }
  )
}

/// The options of `descent play`, checked, and the run itself.
struct PlayOptions {
  var source: DatasetSource
  var learningRate: Double
  var stepsPerFrame: Int
  var iterationLimit: Int?
  var ascii: Bool

  init(_ words: [String]) throws(CommandError) {
    let arguments = try Arguments(
      words, valued: ["dataset", "target", "alpha", "speed", "iterations"],
      flags: ["no-scale", "ascii"])
    if let stray = arguments.positional.first {
      throw .usage("play takes only options, not '\(stray)'; see 'descent help play'")
    }

    let dataset = arguments.string("dataset") ?? "digits"
    let scaled = !arguments.has("no-scale")
    switch dataset {
    case "digits":
      let text = arguments.string("target") ?? "3"
      guard let target = Int(text), (0...9).contains(target) else {
        throw .usage("--target must be a digit 0–9, not '\(text)'")
      }
      source = .digits(target: target)
    case "breast-cancer":
      source = .breastCancer(scaled: scaled)
    default:
      guard !dataset.isEmpty else { throw .usage("--dataset needs a name or a path") }
      source = .csv(path: dataset, scaled: scaled)
    }
    if arguments.has("target"), dataset != "digits" {
      throw .usage("--target is for --dataset digits only")
    }

    learningRate = 0.5
    if let text = arguments.string("alpha") {
      do throws(LearningRate.ParseError) {
        learningRate = try LearningRate.parse(text)
      } catch {
        throw .usage("--alpha: \(error.description)")
      }
    }
    stepsPerFrame = try arguments.count("speed") ?? 20
    guard stepsPerFrame > 0 else { throw .usage("--speed must be 1 or more, not 0") }
    iterationLimit = try arguments.count("iterations")
    ascii = arguments.has("ascii")
  }

  func run() throws -> Int32 {
    // Refuse before loading anything when there is no terminal to draw on.
    do throws(TerminalError) {
      try TerminalCheck.verify()
    } catch {
      throw CommandError.usage(
        "play needs a terminal, but \(error.description); "
          + "commands that work without one: \(CommandLineTool.plainCommands)")
    }

    let split: DataSplit
    do throws(DataError) {
      split = try DataSplit.load(source, dataDirectory: nil)
    } catch {
      throw CommandError.input(error.description)
    }

    let playground = Playground(
      trainer: Trainer(split: split, learningRate: learningRate), datasetName: source.name,
      stepsPerFrame: stepsPerFrame, iterationLimit: iterationLimit)
    let result: (view: Playground, ending: TerminalRunner.Ending)
    do throws(TerminalError) {
      result = try TerminalRunner.run(playground, options: .init(ascii: ascii))
    } catch {
      throw CommandError.usage(error.description)
    }

    // The locale was adopted for the screen: the line after it uses the same glyphs.
    let glyphs: Glyphs = !ascii && TerminalCheck.adoptLocale() ? .unicode : .ascii
    let trainer = result.view.trainer
    print(
      "iteration \(trainer.iteration), cost \(formatNumber(trainer.cost, significantDigits: 6)), "
        + glyphs.alphaEquals(formatNumber(trainer.learningRate)))
    return result.ending.exitStatus
  }
}

import DescentEngine
import Foundation

/// Reads the command line, runs one command, and turns every error into one line on stderr.
enum CommandLineTool {
  static let version = "0.1.0"

  /// Every command, in the order `--help` lists them.
  static let commands: [Command] = [
    .tutor, .play, .lessons, .repl, .graph, .nudge, .train, .lint, .bench,
  ]

  static func run(_ words: [String]) -> Int32 {
    do {
      return try dispatch(words)
    } catch let error as CommandError {
      printError(error.description)
      return error.exitStatus
    } catch {
      printError("\(error)")
      return 1
    }
  }

  private static func dispatch(_ words: [String]) throws -> Int32 {
    guard let first = words.first else { return try Command.tutor.run([]) }

    switch first {
    case "--version", "-V", "version":
      if words.count > 1 {
        throw CommandError.usage("\(first) takes no arguments, not '\(words[1])'")
      }
      print("descent \(version)")
      return 0
    case "--help", "-h", "help":
      return try help(Array(words.dropFirst()))
    default:
      break
    }

    if let command = commands.first(where: { $0.name == first }) {
      return try command.run(Array(words.dropFirst()))
    }
    if first.hasPrefix("-") {
      // Options with no command name belong to the tutor (`descent --lesson 3`).
      return try Command.tutor.run(words)
    }
    throw CommandError.usage("unknown command '\(first)'; try 'descent --help'")
  }

  private static func help(_ words: [String]) throws -> Int32 {
    guard let name = words.first else {
      print(overview)
      return 0
    }
    guard let command = commands.first(where: { $0.name == name }) else {
      throw CommandError.usage("no command '\(name)'; commands are \(names)")
    }
    print(command.help)
    return 0
  }

  static var names: String { commands.map(\.name).joined(separator: ", ") }

  static var overview: String {
    let width = commands.map(\.name.count).max() ?? 0
    let lines = commands.map { command in
      let pad = String(repeating: " ", count: width - command.name.count)
      return "  \(command.name)\(pad)  \(command.summary)"
    }
    return """
      descent \(version): a terminal tutor for logistic regression as a tiny neural network,
      trained by gradient descent.

      Usage: descent [COMMAND] [OPTIONS]
      With no command, descent opens the tutor where you left off.

      Commands:
      \(lines.joined(separator: "\n"))

      'descent help COMMAND' shows a command's options. 'descent --version' prints the version.
      """
  }

  /// The commands that work without a terminal, for the message shown when there is none.
  static let plainCommands = "graph, nudge, train, lint, lessons, repl (piped), bench"
}

/// Writes one line to stderr, prefixed with the program's name.
func printError(_ message: String) {
  FileHandle.standardError.write(Data("descent: \(message)\n".utf8))
}

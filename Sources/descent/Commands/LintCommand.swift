import DescentEngine
import Foundation

extension Command {
  static let lint = Command(
    name: "lint",
    summary: "check lesson files and list every problem",
    help: """
      Usage: descent lint [DIR | FILE ...]

      Reads lesson files the way the tutor reads them and prints every problem as
      FILE:LINE:COLUMN: message (warnings as FILE:LINE:COLUMN: warning: message).
      With no argument it checks the lessons folder. A DIR means every .lesson file in it.

      On success it prints one line such as '10 lessons, 64 steps, 14 polls: ok'.
      Exit status: 0 when there is no error, 1 when there is any.
      The format is documented in lessons/README.md.
      """,
    run: { words in try LintRun(words).run() }
  )
}

/// `descent lint`: loads lessons from folders and files and reports on all of them.
struct LintRun {
  var paths: [String]

  init(_ words: [String]) throws(CommandError) {
    paths = try Arguments(words).positional
  }

  func run() throws -> Int32 {
    var library = LessonLibrary()
    let sources = try LessonSource.resolve(paths)
    for source in sources {
      let part =
        switch source {
        case .folder(let url, let name): LessonLibrary.load(folder: url, displayFolder: name)
        case .file(let url, let name): LessonLibrary.load(files: [(url, name)], numbered: false)
        }
      library.lessons += part.lessons
      library.diagnostics += part.diagnostics
      library.skipped += part.skipped
      library.fileCount += part.fileCount
    }

    for diagnostic in library.diagnostics { print(diagnostic) }
    guard library.fileCount > 0 else {
      let names = sources.map(\.name).joined(separator: ", ")
      throw CommandError.input("no .lesson files in \(names)")
    }
    let errors = library.errors.count
    guard errors == 0 else {
      throw CommandError.input(
        "\(counted(errors, "error")) in \(library.skipped.count) of "
          + "\(counted(library.fileCount, "lesson file"))")
    }
    print(
      "\(counted(library.lessons.count, "lesson")), \(counted(library.stepCount, "step")), "
        + "\(counted(library.pollCount, "poll")): ok")
    return 0
  }
}

/// `3 lessons`, `1 lesson`.
func counted(_ count: Int, _ noun: String) -> String {
  "\(count) \(noun)\(count == 1 ? "" : "s")"
}

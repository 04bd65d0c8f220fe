import DescentEngine
import DescentTerminal
import DescentUI
import Foundation

extension Command {
  static let tutor = Command(
    name: "tutor",
    summary: "the tutor: step through the lessons (what 'descent' alone opens)",
    help: """
      Usage: descent [tutor] [--lesson N|SLUG] [--ascii]

      Opens the tutor where you left off (the first time, at the first lesson).
        --lesson N|SLUG  open lesson N or the lesson named SLUG ('descent lessons' lists them),
                         at the step where you left it
        --ascii          draw with ASCII characters only

      Keys: -> l space Enter PgDn next, <- h PgUp back (a widget keeps the keys it uses;
      the footer shows which work), 1-9 answer a poll, : a statement of 'descent repl',
      L the list of lessons, ? help, q quit. Progress is kept in
      $XDG_STATE_HOME/descent/progress.json (~/.local/state/descent/progress.json when
      XDG_STATE_HOME is unset).
      """,
    run: { words in try TutorCommand.run(words) }
  )
}

/// Opens the lesson player on the terminal, from saved progress, and saves on the way out.
enum TutorCommand {
  static func run(_ words: [String]) throws -> Int32 {
    let arguments = try Arguments(words, valued: ["lesson"], flags: ["ascii"])
    guard arguments.positional.isEmpty else {
      throw CommandError.usage(
        "the tutor takes no words but options, not '\(arguments.positional[0])'")
    }
    guard case .folder(let folder, let name) = try LessonSource.lessonsFolder() else {
      throw CommandError.input("the lessons folder is not a folder")
    }
    let library = LessonLibrary.load(folder: folder, displayFolder: name)
    guard !library.lessons.isEmpty else {
      for warning in library.skipped { printError(warning.description) }
      throw CommandError.input("no lesson in \(name) can be read; 'descent lint' says why")
    }

    var requested: Lesson?
    if let key = arguments.string("lesson") {
      guard let lesson = library.lesson(named: key) else {
        throw CommandError.usage(
          "no lesson '\(key)'; 'descent lessons' lists the numbers and names")
      }
      requested = lesson
    }

    do {
      try TerminalCheck.verify()
    } catch {
      throw CommandError.usage(
        "the tutor needs a terminal, but \(error); commands that work without one: "
          + CommandLineTool.plainCommands)
    }

    // Only now, with a terminal to tell the student, may a corrupt file be moved aside.
    let store = ProgressStore()
    let loaded = store.load()
    var notices = loaded.notices.map(\.description)
    var start = loaded.progress.resume(in: library.lessons) ?? ResumePoint(lessonIndex: 0, step: 0)
    if let missing = start.missingLesson, requested == nil {
      notices.append(
        "the lesson you were in, '\(missing)', is no longer there; "
          + "this is the first lesson you have not finished")
    }
    if let requested, let index = library.lessons.firstIndex(where: { $0.slug == requested.slug }) {
      let sameLesson = loaded.progress.lesson == requested.slug
      start = ResumePoint(lessonIndex: index, step: sameLesson ? start.step : 0)
    }

    let utf8 = TerminalCheck.adoptLocale()
    let glyphs = utf8 && !arguments.has("ascii") ? Glyphs.unicode : Glyphs.ascii
    let player = LessonPlayer(
      library: library, lessonsFolder: folder, progress: loaded.progress, start: start,
      notices: notices, glyphs: glyphs, save: { store.save($0) })

    let outcome: (view: LessonPlayer, ending: TerminalRunner.Ending)
    do {
      outcome = try TerminalRunner.run(
        player, options: TerminalRunner.Options(ascii: arguments.has("ascii")))
    } catch {
      throw CommandError.input("the tutor cannot start: \(error)")
    }
    if let problem = store.save(outcome.view.progress) {
      printError(problem.description)
    }
    return outcome.ending.exitStatus
  }
}

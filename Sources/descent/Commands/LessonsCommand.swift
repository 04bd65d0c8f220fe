import DescentEngine
import Foundation

extension Command {
  static let lessons = Command(
    name: "lessons",
    summary: "list the lessons: number, slug and title",
    help: """
      Usage: descent lessons [DIR]

      Prints the lessons of the tutor, one a line: NN  SLUG  Title.
      'descent --lesson NN' or 'descent --lesson SLUG' opens one in the tutor.
      A lesson that cannot be read is left out, with a warning on stderr naming its file and
      line ('descent lint' lists all its problems). DIR defaults to the lessons folder.
      """,
    run: { words in
      let paths = try Arguments(words).positional
      guard paths.count <= 1 else {
        throw CommandError.usage("'lessons' takes at most one folder")
      }
      let library: LessonLibrary
      switch try LessonSource.resolve(paths).first {
      case .folder(let url, let name):
        library = LessonLibrary.load(folder: url, displayFolder: name)
      case .file(let url, let name):
        library = LessonLibrary.load(files: [(url, name)], numbered: false)
      case nil:
        library = LessonLibrary()
      }
      for warning in library.skipped { printError(warning.description) }
      let width = library.lessons.map(\.slug.count).max() ?? 0
      for lesson in library.lessons {
        let number = lesson.number < 10 ? "0\(lesson.number)" : "\(lesson.number)"
        let pad = String(repeating: " ", count: width - lesson.slug.count)
        print("\(number)  \(lesson.slug)\(pad)  \(lesson.title)")
      }
      return 0
    }
  )
}

import Foundation

/// Every lesson of a folder that loads, and the problems of the ones that do not.
///
/// A broken lesson is left out (the others still load) and reported with a warning naming
/// its file and the line of its first error, so the tutor can say why it is missing.
public struct LessonLibrary: Sendable {
  /// The lessons that loaded, in the order of their file names.
  public var lessons: [Lesson]
  /// Every diagnostic of every file, in file order: the errors that kept a lesson out, and
  /// the warnings of lessons that loaded.
  public var diagnostics: [LessonDiagnostic]
  /// One warning per lesson left out, naming its file and the line of its first error, such
  /// as `lessons/03-the-model.lesson:12:1: warning: lesson left out: …`.
  public var skipped: [LessonDiagnostic]
  /// How many lesson files were read (loaded or not).
  public var fileCount: Int

  public init(
    lessons: [Lesson] = [], diagnostics: [LessonDiagnostic] = [],
    skipped: [LessonDiagnostic] = [], fileCount: Int = 0
  ) {
    self.lessons = lessons
    self.diagnostics = diagnostics
    self.skipped = skipped
    self.fileCount = fileCount
  }

  /// The errors among `diagnostics`.
  public var errors: [LessonDiagnostic] { diagnostics.filter(\.isError) }

  /// The lesson files of `folder` (`*.lesson`, not in subfolders), sorted by name.
  public static func lessonFiles(in folder: URL) throws -> [URL] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".lesson") && !$0.hasPrefix(".") }
      .sorted()
      .map { folder.appendingPathComponent($0) }
  }

  /// Loads every lesson file of `folder`; lesson numbers are positions in that sorted list.
  ///
  /// - Parameter displayFolder: how diagnostics name the folder (default: its path).
  public static func load(folder: URL, displayFolder: String? = nil) -> LessonLibrary {
    let shown = displayFolder ?? folder.path
    let files: [URL]
    do {
      files = try lessonFiles(in: folder)
    } catch {
      let problem = LessonDiagnostic(
        file: shown, line: 1, column: 1, message: "cannot read the lessons folder")
      return LessonLibrary(diagnostics: [problem])
    }
    let named = files.map { url in
      (url, shown.isEmpty ? url.lastPathComponent : "\(shown)/\(url.lastPathComponent)")
    }
    return load(files: named, numbered: true)
  }

  /// Loads the given files, each named in diagnostics as given; numbered 1, 2, … in the order
  /// given when `numbered`, else each keeps the number its file name starts with (or 1).
  public static func load(files: [(url: URL, name: String)], numbered: Bool) -> LessonLibrary {
    var library = LessonLibrary(fileCount: files.count)
    for (index, file) in files.enumerated() {
      let number = numbered ? index + 1 : numberPrefix(of: file.url.lastPathComponent) ?? 1
      let result = LessonParser.parse(contentsOf: file.url, file: file.name, number: number)
      library.diagnostics += result.diagnostics
      if let lesson = result.lesson {
        library.lessons.append(lesson)
      } else if let first = result.diagnostics.first(where: \.isError) {
        var warning = first
        warning.severity = .warning
        warning.message = "lesson left out: \(first.message)"
        library.skipped.append(warning)
      }
    }
    return library
  }

  /// `07-the-computation-graph.lesson` → 7.
  static func numberPrefix(of name: String) -> Int? {
    Int(name.prefix(while: { $0.isASCII && $0.isNumber }))
  }

  /// The lesson with this slug, or with this number (`3` or `03`).
  public func lesson(named key: String) -> Lesson? {
    if let number = Int(key) { return lessons.first { $0.number == number } }
    return lessons.first { $0.slug == key }
  }

  /// The number of steps and of polls over all the lessons that loaded.
  public var stepCount: Int { lessons.reduce(0) { $0 + $1.steps.count } }
  public var pollCount: Int { lessons.reduce(0) { $0 + $1.polls.count } }
}

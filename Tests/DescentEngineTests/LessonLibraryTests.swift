import DescentEngine
import Foundation
import Testing

@Suite("loading a folder of lessons")
struct LessonLibraryTests {
  @Test("every shipped lesson loads without an error or a warning")
  func shippedLessonsAreClean() throws {
    let library = LessonLibrary.load(folder: LessonFixture.lessonsFolder, displayFolder: "lessons")
    #expect(library.diagnostics.map(\.description) == [])
    #expect(library.skipped.isEmpty)
    #expect(library.lessons.count == library.fileCount)
    #expect(library.lessons.count >= 3)
    #expect(library.lessons.map(\.number) == Array(1...library.lessons.count))
    #expect(library.lessons.first?.slug == "images-as-vectors")
    for lesson in library.lessons {
      #expect(lesson.steps.contains { $0.widget != nil }, "\(lesson.slug) has no interactive step")
      #expect(!lesson.polls.isEmpty, "\(lesson.slug) has no poll")
    }
  }

  @Test("leaves a broken lesson out with a warning naming its file and line; loads the rest")
  func skipsBrokenLesson() throws {
    let folder = try LessonFixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let files = [
      "01-first.lesson": "# First\n\nHello.\n",
      "02-broken.lesson": "# Broken\n\nFine.\n\n---\n\n::: poll\nquestion: Q?\n:::\n",
      "03-third.lesson": "# Third\n\nBye.\n",
      "notes.txt": "not a lesson",
    ]
    for (name, text) in files {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    let library = LessonLibrary.load(folder: folder, displayFolder: "here")
    #expect(library.fileCount == 3)
    #expect(library.lessons.map(\.slug) == ["first", "third"])
    #expect(library.lessons.map(\.number) == [1, 3])
    #expect(
      library.skipped.map(\.description) == [
        "here/02-broken.lesson:7:5: warning: lesson left out: a poll needs at least two "
          + "choices, numbered '1. …', '2. …'"
      ])
    #expect(library.errors.count == 1)
    #expect(library.lesson(named: "third")?.title == "Third")
    #expect(library.lesson(named: "03")?.title == "Third")
    #expect(library.lesson(named: "broken") == nil)
  }

  @Test("a folder that cannot be read is one error, not a crash")
  func missingFolder() {
    let library = LessonLibrary.load(
      folder: URL(fileURLWithPath: "/nonexistent/descent-lessons"), displayFolder: "gone")
    #expect(library.lessons.isEmpty)
    #expect(library.errors.map(\.description) == ["gone:1:1: cannot read the lessons folder"])
  }
}

@Suite("the format documentation")
struct LessonReadmeTests {
  /// The fenced blocks of `lessons/README.md` that hold lesson text.
  static func examples() throws -> [String] {
    let url = LessonFixture.lessonsFolder.appendingPathComponent("README.md")
    let text = try String(contentsOf: url, encoding: .utf8)
    let blocks = text.components(separatedBy: "```\n").enumerated()
      .filter { $0.offset % 2 == 1 }.map(\.element)
    return blocks.filter { $0.hasPrefix("# ") || $0.hasPrefix(":::") }
  }

  @Test("every example in lessons/README.md reads without a problem")
  func examplesAreValid() throws {
    let examples = try Self.examples()
    #expect(examples.count >= 2)
    for example in examples {
      let text = example.hasPrefix("# ") ? example : "# Example\n\n" + example
      let result = LessonFixture.parse(text)
      #expect(result.diagnostics.map(\.description) == [], "\(example)")
      #expect(result.lesson != nil)
    }
  }
}

import DescentEngine
import Foundation

/// The tutor: one lesson step at a time, with the lesson's title, `lesson k of n`,
/// `step i of j`, the step's prose wrapped to the width and its widget below, and an end
/// page after each lesson's last step with the score of its polls.
///
/// Keys: → `l` space Enter `PgDn` next, ← `h` `PgUp` back, `L` the lesson list, `q` quit,
/// `1`–`9` answer a poll, `:` a statement of `descent repl` (see `LessonPlayer+Console`).
/// A key the step's widget claims (`KeyClaiming`) works the widget instead; the other page
/// keys still turn pages, and the footer names the first of them.
///
/// The player owns the student's progress: every change of step and every poll answer is
/// passed to `save` at once (the tutor command writes it to the progress file), and what
/// `save` reports is shown on screen.
public struct LessonPlayer: View {
  /// What `save` does with progress: write it, returning nil, or return why it could not.
  public typealias Saver = (StudentProgress) -> ProgressNotice?

  public let library: LessonLibrary
  let lessonsFolder: URL
  /// The glyph set the footer's key names are written in.
  let glyphs: Glyphs
  let save: Saver

  public private(set) var progress: StudentProgress
  /// Index into `library.lessons`.
  public private(set) var lessonIndex: Int
  /// 0-based step; `lesson.steps.count` is the end page.
  public private(set) var stepIndex: Int
  /// Messages for the student (progress problems), shown above the step until the next page.
  public private(set) var notices: [String]
  /// True once progress could not be saved: the header says so from then on.
  public private(set) var progressNotSaved = false
  var widget: StepWidget?
  /// The lesson list, while it is open.
  var list: LessonListView?
  /// The `:` line and its panel; its session's names last for the whole run.
  public internal(set) var console: StatementConsole

  /// - Parameters:
  ///   - library: the lessons; must hold at least one.
  ///   - start: where to open; out-of-range places are brought into range.
  ///   - notices: what the student should read first (a corrupt progress file, …).
  public init(
    library: LessonLibrary, lessonsFolder: URL, progress: StudentProgress, start: ResumePoint,
    notices: [String] = [], glyphs: Glyphs = .unicode, save: @escaping Saver = { _ in nil }
  ) {
    precondition(!library.lessons.isEmpty, "the player needs at least one lesson")
    self.library = library
    self.lessonsFolder = lessonsFolder
    self.progress = progress
    self.glyphs = glyphs
    self.save = save
    self.notices = notices
    console = StatementConsole(
      session: ReplSession(
        dataDirectory: lessonsFolder.appendingPathComponent("data", isDirectory: true)))
    lessonIndex = min(max(start.lessonIndex, 0), library.lessons.count - 1)
    stepIndex = 0
    progressNotSaved = notices.contains { $0.hasPrefix("progress is not saved") }
    go(toLesson: lessonIndex, step: start.step, keepNotices: true)
  }

  public var lesson: Lesson { library.lessons[lessonIndex] }

  /// True on the page after the lesson's last step.
  public var isAtEnd: Bool { stepIndex >= lesson.steps.count }

  public var step: LessonStep? { isAtEnd ? nil : lesson.steps[stepIndex] }

  /// The poll on screen, if the step is one.
  public var poll: PollView? { widget?.poll }

  // MARK: - Moving

  /// Opens a lesson at a step (clamped to the lesson, the end page included), makes the
  /// step's widget and saves the place.
  mutating func go(toLesson index: Int, step: Int, keepNotices: Bool = false) {
    lessonIndex = min(max(index, 0), library.lessons.count - 1)
    stepIndex = min(max(step, 0), lesson.steps.count)
    if !keepNotices { notices.removeAll() }
    if let current = self.step?.widget {
      let answer = progress.answer(lesson: lesson.slug, step: stepIndex)
      widget = StepWidget(current, lessonsFolder: lessonsFolder, answer: answer)
    } else {
      widget = nil
    }
    progress.move(toLesson: lesson.slug, step: stepIndex)
    if stepIndex >= lesson.steps.count - 1 { progress.finish(lesson.slug) }
    record()
  }

  /// The next step; from the end page, the next lesson.
  mutating func next() {
    if !isAtEnd {
      go(toLesson: lessonIndex, step: stepIndex + 1)
    } else if lessonIndex + 1 < library.lessons.count {
      go(toLesson: lessonIndex + 1, step: 0)
    }
  }

  /// The step before; from a lesson's first step, the end page of the lesson before.
  mutating func back() {
    if stepIndex > 0 {
      go(toLesson: lessonIndex, step: stepIndex - 1)
    } else if lessonIndex > 0 {
      go(toLesson: lessonIndex - 1, step: library.lessons[lessonIndex - 1].steps.count)
    }
  }

  /// Answers the poll on screen with choice `number`, and keeps the answer.
  mutating func answer(_ number: Int) {
    guard var poll = widget?.poll, poll.choose(number) else { return }
    widget?.view = poll
    progress.answer(
      lesson: lesson.slug, step: stepIndex, choice: number, correct: poll.poll.isRight(number))
    record()
  }

  /// Saves the progress; a failure is shown once and marks progress as not saved.
  private mutating func record() {
    guard let problem = save(progress) else { return }
    if !progressNotSaved { notices.append(problem.description) }
    progressNotSaved = true
  }

  /// The score of the lesson on screen.
  public var score: PollScore { progress.score(for: lesson) }
}

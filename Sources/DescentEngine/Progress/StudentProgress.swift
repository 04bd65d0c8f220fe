/// What the tutor remembers between runs: where the student is, which lessons they finished,
/// and how they answered the polls.
///
/// Stored as JSON by `ProgressStore`:
///
/// ```
/// {"answers":[{"attempts":2,"choice":3,"correct":false,"lastChoice":1,"lesson":"the-model",
///   "step":5}],"finished":["images-as-vectors"],"lesson":"the-model","step":5,"version":1}
/// ```
public struct StudentProgress: Codable, Equatable, Sendable {
  /// The format of the file; a file with another version is not read.
  public var version = StudentProgress.currentVersion
  /// The slug of the lesson the student is in; `nil` before the first lesson is opened.
  public var lesson: String?
  /// The 0-based step within `lesson`.
  public var step = 0
  /// Slugs of the lessons whose last step the student reached, in the order finished.
  public var finished: [String] = []
  /// One entry per poll answered, in the order first answered.
  public var answers: [PollAnswer] = []

  public static let currentVersion = 1

  public init() {}

  /// Remembers the student's place.
  public mutating func move(toLesson slug: String, step: Int) {
    lesson = slug
    self.step = max(0, step)
  }

  /// Marks a lesson finished (once).
  public mutating func finish(_ slug: String) {
    if !finished.contains(slug) { finished.append(slug) }
  }

  /// Records an answer to the poll at `step` of `lesson`. The first answer counts for the
  /// score; later ones (after reading the explanation) are kept as `lastChoice`.
  public mutating func answer(lesson: String, step: Int, choice: Int, correct: Bool) {
    if let index = answers.firstIndex(where: { $0.lesson == lesson && $0.step == step }) {
      answers[index].lastChoice = choice
      answers[index].attempts += 1
    } else {
      answers.append(
        PollAnswer(
          lesson: lesson, step: step, choice: choice, correct: correct, lastChoice: choice,
          attempts: 1))
    }
  }

  /// The recorded answer to the poll at `step` of `lesson`, if any.
  public func answer(lesson: String, step: Int) -> PollAnswer? {
    answers.first { $0.lesson == lesson && $0.step == step }
  }

  /// The score of a lesson: polls whose first answer was right, polls answered, polls in all.
  /// Answers to steps that are no longer polls (the lesson was edited) do not count.
  public func score(for lesson: Lesson) -> PollScore {
    let pollSteps = Set(lesson.polls.map(\.step))
    let answered = answers.filter { $0.lesson == lesson.slug && pollSteps.contains($0.step) }
    return PollScore(
      right: answered.filter(\.correct).count, answered: answered.count, polls: pollSteps.count)
  }

  /// Where to open the tutor among `lessons`: the saved place when its lesson still exists
  /// (the step kept within the lesson), else the start of the first unfinished lesson, else
  /// the start of the first lesson. `nil` when there are no lessons.
  public func resume(in lessons: [Lesson]) -> ResumePoint? {
    guard !lessons.isEmpty else { return nil }
    if let slug = lesson, let index = lessons.firstIndex(where: { $0.slug == slug }) {
      let last = max(0, lessons[index].steps.count - 1)
      return ResumePoint(lessonIndex: index, step: min(max(0, step), last), missingLesson: nil)
    }
    let index = lessons.firstIndex { !finished.contains($0.slug) } ?? 0
    return ResumePoint(lessonIndex: index, step: 0, missingLesson: lesson)
  }
}

import DescentEngine
import Testing

@Suite("where the tutor resumes, and poll scores")
struct ProgressResumeTests {
  static func lesson(_ slug: String, steps: Int, pollAt pollSteps: [Int] = []) -> Lesson {
    let poll = Poll(
      line: 1, question: "Q?",
      choices: [
        PollChoice(text: "a", isRight: true, explanation: "yes"),
        PollChoice(text: "b", isRight: false, explanation: "no"),
      ])
    let list = (0..<steps).map { index in
      LessonStep(
        line: index + 1, paragraphs: [.text("step")],
        widget: pollSteps.contains(index) ? .poll(poll) : nil)
    }
    return Lesson(slug: slug, number: 1, title: slug, file: "\(slug).lesson", steps: list)
  }

  static let lessons = [
    lesson("one", steps: 3), lesson("two", steps: 4, pollAt: [1, 3]), lesson("three", steps: 2),
  ]

  @Test("a first run opens the first lesson")
  func firstRun() {
    #expect(
      StudentProgress().resume(in: Self.lessons)
        == ResumePoint(lessonIndex: 0, step: 0, missingLesson: nil))
    #expect(StudentProgress().resume(in: []) == nil)
  }

  @Test("reopens the saved lesson and step, keeping the step inside the lesson")
  func savedPlace() {
    var progress = StudentProgress()
    progress.move(toLesson: "two", step: 2)
    #expect(progress.resume(in: Self.lessons) == ResumePoint(lessonIndex: 1, step: 2))
    progress.move(toLesson: "three", step: 9)
    #expect(progress.resume(in: Self.lessons) == ResumePoint(lessonIndex: 2, step: 1))
  }

  @Test("a saved lesson that no longer exists resumes at the first unfinished lesson")
  func missingLesson() {
    var progress = StudentProgress()
    progress.finish("one")
    progress.move(toLesson: "renamed", step: 3)
    #expect(
      progress.resume(in: Self.lessons)
        == ResumePoint(lessonIndex: 1, step: 0, missingLesson: "renamed"))
    progress.finish("two")
    progress.finish("three")
    #expect(progress.resume(in: Self.lessons)?.lessonIndex == 0)
  }

  @Test("the score counts first answers only, and only steps that are still polls")
  func score() {
    var progress = StudentProgress()
    progress.answer(lesson: "two", step: 1, choice: 2, correct: false)
    progress.answer(lesson: "two", step: 1, choice: 1, correct: true)
    progress.answer(lesson: "two", step: 3, choice: 1, correct: true)
    progress.answer(lesson: "two", step: 2, choice: 1, correct: true)  // no longer a poll
    #expect(
      progress.score(for: Self.lessons[1]) == PollScore(right: 1, answered: 2, polls: 2))
    let answer = progress.answer(lesson: "two", step: 1)
    #expect(answer?.choice == 2)
    #expect(answer?.lastChoice == 1)
    #expect(answer?.attempts == 2)
  }
}

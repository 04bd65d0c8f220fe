import DescentEngine
import Foundation
import Testing

@Suite("reading a lesson file")
struct LessonParserTests {
  static let example = """
    # Derivatives as nudges

    A derivative answers one question:
    how far does the output move?

    ---

    Try it with f(a) = 3a.

        f(2)     = 6
        f(2.001) = 6.003

    ::: nudge
    formula: f = 3*a
    input: a
    start: 2
    ε: 0.01
    :::

    ---

    ::: poll
    question: The slope of f(a) = 3a at a = 5 is …
    1. 3
       right: 3a grows by 3 for every 1
       added to a.
    2. 15
       wrong: 15 is the value f(5).
    :::
    """

  @Test("reads the title, the steps, prose, display lines and widgets")
  func readsExample() throws {
    let result = LessonFixture.parse(Self.example)
    #expect(result.diagnostics == [])
    let lesson = try #require(result.lesson)
    #expect(lesson.title == "Derivatives as nudges")
    #expect(lesson.slug == "test")
    #expect(lesson.steps.count == 3)
    #expect(
      lesson.steps[0].paragraphs == [
        .text("A derivative answers one question: how far does the output move?")
      ])
    #expect(lesson.steps[0].widget == nil)
    #expect(
      lesson.steps[1].paragraphs == [
        .text("Try it with f(a) = 3a."), .display(["f(2)     = 6", "f(2.001) = 6.003"]),
      ])
    #expect(
      lesson.steps[1].widget
        == .nudge(NudgeWidget(line: 13, formula: "f = 3*a", input: "a", start: 2, epsilon: 0.01)))
    #expect(lesson.steps[2].line == 20)
    let poll = try #require(lesson.polls.first?.poll)
    #expect(lesson.polls.first?.step == 2)
    #expect(poll.question == "The slope of f(a) = 3a at a = 5 is …")
    #expect(poll.answer == 1)
    #expect(poll.isRight(1) && !poll.isRight(2) && !poll.isRight(3))
    #expect(
      poll.choices[0]
        == PollChoice(
          text: "3", isRight: true, explanation: "3a grows by 3 for every 1 added to a."))
    #expect(poll.choices[1].explanation == "15 is the value f(5).")
  }

  @Test("reads every widget's parameters, with defaults where allowed")
  func readsWidgets() throws {
    let text = """
      # All widgets
      ::: graph
      formula: J = 3*(a + b*c)
      values: a = 5, b = 3, c = 2
      :::
      ---
      ::: bowl
      centre: 3
      start: -2
      α: 0.1
      :::
      ---
      ::: bowl
      formula: J = (w - 1)^2
      start: 4
      alpha: 0.9
      :::
      ---
      ::: playground
      dataset: digits
      target: 3
      alpha: 0.5
      iterations: 2000
      speed: 20
      :::
      ---
      ::: playground
      dataset: breast-cancer
      alpha: 1e-2
      scale: off
      :::
      ---
      ::: image
      row: 4
      :::
      ---
      ::: image
      show: weights
      target: 3
      iterations: 100
      :::
      ---
      ::: nudge
      formula: J = 3*(a + b*c)
      input: b
      start: 3
      values: a = 5, c = 2
      :::
      """
    let result = LessonFixture.parse(text)
    #expect(result.diagnostics == [])
    let widgets = try #require(result.lesson).steps.map(\.widget)
    #expect(
      widgets == [
        .graph(
          GraphWidget(
            line: 2, formula: "J = 3*(a + b*c)",
            values: [
              NamedValue(name: "a", value: 5), NamedValue(name: "b", value: 3),
              NamedValue(name: "c", value: 2),
            ])),
        .bowl(
          BowlWidget(
            line: 7, cost: .parabola(centre: 3, curvature: 1), start: -2, learningRate: 0.1)),
        .bowl(BowlWidget(line: 13, cost: .formula("J = (w - 1)^2"), start: 4, learningRate: 0.9)),
        .playground(
          PlaygroundWidget(
            line: 19, dataset: .digits, target: 3, learningRate: 0.5, iterations: 2000,
            speed: 20)),
        .playground(
          PlaygroundWidget(
            line: 27, dataset: .breastCancer, target: nil, learningRate: 0.01, scaled: false)),
        .image(ImageWidget(line: 33, dataset: .digits, row: 4)),
        .image(
          ImageWidget(
            line: 37, dataset: .digits, row: nil, show: .weights, target: 3, iterations: 100)),
        .nudge(
          NudgeWidget(
            line: 43, formula: "J = 3*(a + b*c)", input: "b", start: 3,
            values: [NamedValue(name: "a", value: 5), NamedValue(name: "c", value: 2)])),
      ])
  }

  @Test("names the slug after the file, without its number")
  func slugs() {
    #expect(Lesson.slug(forFileName: "01-images-as-vectors.lesson") == "images-as-vectors")
    #expect(Lesson.slug(forFileName: "intro.lesson") == "intro")
    #expect(Lesson.slug(forFileName: "07.lesson") == "07")
  }

  @Test("shows bytes that are not UTF-8 as U+FFFD and warns with the line and column")
  func invalidUTF8() throws {
    var bytes = Array("# Title\n\nCaf".utf8)
    bytes += [0xE9]  // 'é' in Latin-1
    bytes += Array(" au lait.\n".utf8)
    let result = LessonParser.parse(
      bytes: bytes, file: "latin1.lesson", folder: LessonFixture.lessonsFolder)
    let lesson = try #require(result.lesson)
    #expect(lesson.steps[0].paragraphs == [.text("Caf\u{FFFD} au lait.")])
    #expect(
      result.diagnostics.map(\.description) == [
        "latin1.lesson:3:4: warning: bytes that are not UTF-8 are shown as \u{FFFD}; "
          + "save the file as UTF-8"
      ])
  }

  @Test("accepts CRLF line ends and a byte-order mark")
  func windowsText() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("# Title\r\n\r\nHello.\r\n".utf8)
    let result = LessonParser.parse(
      bytes: bytes, file: "crlf.lesson", folder: LessonFixture.lessonsFolder)
    #expect(result.diagnostics == [])
    #expect(try #require(result.lesson).steps[0].paragraphs == [.text("Hello.")])
  }
}

@Suite("widgets name the data the trainer loads")
struct LessonDatasetSourceTests {
  @Test("a playground's data set becomes the trainer's source, CSV paths resolved")
  func playgroundSource() {
    let folder = URL(fileURLWithPath: "/course/lessons")
    let csv = LessonDataset.csv(
      path: "data/cats.csv", url: folder.appendingPathComponent("data/cats.csv"))
    #expect(
      PlaygroundWidget(line: 1, dataset: .digits, target: 7, learningRate: 1).source
        == .digits(target: 7))
    #expect(
      PlaygroundWidget(line: 1, dataset: .breastCancer, target: nil, learningRate: 1, scaled: false)
        .source == .breastCancer(scaled: false))
    #expect(
      PlaygroundWidget(line: 1, dataset: csv, target: nil, learningRate: 1).source
        == .csv(path: "/course/lessons/data/cats.csv", scaled: true))
    #expect(
      ImageWidget(line: 1, dataset: .digits, row: nil, show: .weights, target: 3).trainingSource
        == .digits(target: 3))
    #expect(
      LessonDataset.digits.file(inLessonsFolder: folder).path == "/course/lessons/data/digits.csv")
  }
}

import DescentEngine
import DescentUI
import Testing

@Suite("polls")
struct PollViewTests {
  /// Lesson 1's first poll: 32 × 32 colour pixels, the right answer is 2 (3072).
  static let pollStep = 5

  @Test(
    "a poll unanswered, answered right and answered wrong",
    arguments: [("unanswered", nil), ("right", 2), ("wrong", 1)] as [(String, Int?)],
    [("utf8", Glyphs.unicode), ("ascii", Glyphs.ascii)] as [(String, Glyphs)])
  func golden(state: (name: String, choice: Int?), glyphs: (name: String, set: Glyphs)) throws {
    var player = PlayerFixture.player(step: Self.pollStep, glyphs: glyphs.set)
    if let choice = state.choice {
      player.press(.character(Character("\(choice)")))
    }
    let screen = PlayerFixture.screen(player, glyphs: glyphs.set)
    try Golden.check(screen, "poll-\(state.name)-\(glyphs.name)")
    if glyphs.name == "ascii" { #expect(PlayerFixture.isASCII(screen)) }
  }

  @Test("the feedback says at once whether the choice is right, with its explanation")
  func feedback() {
    var player = PlayerFixture.player(step: Self.pollStep)
    player.press(.character("1"))
    var text = PlayerFixture.screen(player).text
    #expect(text.contains("Wrong. 32 · 32 = 1024 counts the pixels of one grid only"))
    player.press(.character("2"))
    text = PlayerFixture.screen(player).text
    #expect(text.contains("Right. 32 · 32 pixels in each of 3 colour grids"))
    #expect(text.contains("Your first answer, 1, counts for the score (wrong)."))
  }

  @Test("an explanation written in lower case starts its sentence with a capital")
  func capitalised() {
    let poll = Poll(
      line: 1, question: "The label is y = 0 and ŷ = 0.99. The loss?",
      choices: [
        PollChoice(text: "About 4.6", isRight: true, explanation: "with y = 0 the loss is large"),
        PollChoice(text: "Exactly 0", isRight: false, explanation: "the loss is 0 only at 1"),
      ])
    var view = PollView(poll: poll)
    for (choice, expected) in [
      (1, "Right. With y = 0 the loss is large"), (2, "Wrong. The loss is 0 only at 1"),
    ] {
      view.choose(choice)
      let screen = MemoryScreen(rows: 12, columns: 60)
      view.render(on: Canvas(screen: screen, glyphs: .unicode))
      #expect(screen.text.contains(expected))
    }
  }

  @Test("the first answer counts for the score, later ones are kept as the last choice")
  func scoring() throws {
    let saves = SaveLog()
    var player = PlayerFixture.player(step: Self.pollStep, saves: saves)
    player.press(.character("3"), .character("2"))
    let answer = try #require(player.progress.answer(lesson: "images-as-vectors", step: 5))
    #expect(answer.choice == 3 && !answer.correct && answer.lastChoice == 2)
    #expect(answer.attempts == 2)
    #expect(saves.saved.last == player.progress)
    #expect(player.score == PollScore(right: 0, answered: 1, polls: 2))
  }

  @Test("a number with no choice, and digits on a step without a poll, change nothing")
  func outOfRange() {
    var player = PlayerFixture.player(step: Self.pollStep)
    player.press(.character("9"), .character("0"))
    #expect(player.poll?.choice == nil)
    #expect(player.progress.answers.isEmpty)
    var prose = PlayerFixture.player(step: 1)
    prose.press(.character("1"))
    #expect(prose.progress.answers.isEmpty && prose.stepIndex == 1)
  }

  @Test("an earlier answer is shown again when the poll is reopened")
  func reopened() {
    var progress = StudentProgress()
    progress.answer(lesson: "images-as-vectors", step: Self.pollStep, choice: 2, correct: true)
    let player = PlayerFixture.player(step: Self.pollStep, progress: progress)
    #expect(player.poll?.choice == 2)
    #expect(PlayerFixture.screen(player).text.contains("Right. "))
  }

  @Test(
    "the end of a lesson shows its poll score",
    arguments: [
      ("utf8", Glyphs.unicode), ("ascii", Glyphs.ascii),
    ] as [(String, Glyphs)])
  func endOfLesson(glyphs: (name: String, set: Glyphs)) throws {
    var player = PlayerFixture.player(step: Self.pollStep, glyphs: glyphs.set)
    player.press(.character("2"), .pageDown, .character("1"), .pageDown)
    #expect(player.isAtEnd)
    let screen = PlayerFixture.screen(player, glyphs: glyphs.set)
    #expect(screen.text.contains("Polls: 1 of 2 right on the first try."))
    try Golden.check(screen, "player-end-\(glyphs.name)")
  }
}

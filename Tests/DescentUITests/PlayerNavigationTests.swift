import DescentEngine
import DescentUI
import Testing

@Suite("moving through the lessons")
struct PlayerNavigationTests {
  @Test(
    "→, l, space and Enter go on; ← and h go back",
    arguments: [
      Key.right, .character("l"), .character(" "), .enter, .pageDown,
    ])
  func nextKeys(key: Key) {
    var player = PlayerFixture.player(step: 1)
    player.press(key)
    #expect(player.stepIndex == 2)
    player.press(.left)
    #expect(player.stepIndex == 1)
    player.press(.character("h"))
    #expect(player.stepIndex == 0)
    player.press(.pageDown, .pageUp)
    #expect(player.stepIndex == 0)
  }

  @Test("the header names the lesson, its number and the step")
  func header() {
    let player = PlayerFixture.player(lesson: 3, step: 1)
    let screen = PlayerFixture.screen(player)
    #expect(screen.lines[0].hasPrefix("The model"))
    #expect(screen.lines[0].hasSuffix("lesson 3 of 10 · step 2 of \(player.lesson.steps.count)"))
  }

  @Test("after the last step comes the end page, then the next lesson; back returns")
  func acrossLessons() {
    let count = PlayerFixture.library.lessons[0].steps.count
    var player = PlayerFixture.player(step: count - 1)
    player.press(.pageDown)
    #expect(player.isAtEnd)
    player.press(.pageDown)
    #expect(player.lesson.number == 2)
    #expect(player.stepIndex == 0)
    player.press(.pageUp)
    #expect(player.lesson.number == 1)
    #expect(player.isAtEnd)
  }

  @Test("going back from the first step of the first lesson stays put")
  func backAtTheStart() {
    var player = PlayerFixture.player()
    player.press(.left, .pageUp)
    #expect(player.lessonIndex == 0 && player.stepIndex == 0)
  }

  @Test("on a poll the digits answer and do not turn the page")
  func pollKeys() {
    var player = PlayerFixture.player(step: 5)
    player.press(.character("1"), .character("2"))
    #expect(player.stepIndex == 5)
    #expect(player.poll?.choice == 2)
    let footer = PlayerFixture.screen(player).lines[23]
    #expect(footer.hasPrefix(" 1-4  answer  →  next  ←  back"))
  }

  /// The lesson and step of the first widget of a kind, by its directive name.
  static func firstStep(with directive: String) throws -> (lesson: Int, step: Int) {
    for lesson in PlayerFixture.library.lessons {
      if let step = lesson.steps.firstIndex(where: { $0.widget?.directive == directive }) {
        return (lesson.number, step)
      }
    }
    throw PlaceError.none(directive)
  }

  enum PlaceError: Error { case none(String) }

  @Test("on a nudge the arrows move the input; space and PgUp turn the pages")
  func nudgeKeys() throws {
    let place = try Self.firstStep(with: "nudge")
    var player = PlayerFixture.player(lesson: place.lesson, step: place.step)
    let before = PlayerFixture.screen(player).text
    player.press(.right, .left, .right)
    #expect(player.stepIndex == place.step)
    #expect(PlayerFixture.screen(player).text != before)
    let footer = PlayerFixture.screen(player).lines[23]
    #expect(footer.hasPrefix(" space  next  PgUp  back"))
    player.press(.character(" "))
    #expect(player.stepIndex == place.step + 1)
    player.press(.pageUp)
    #expect(player.stepIndex == place.step)
  }

  @Test("in the playground space pauses; the arrows turn the pages")
  func playgroundKeys() throws {
    let place = try Self.firstStep(with: "playground")
    var player = PlayerFixture.player(lesson: place.lesson, step: place.step)
    #expect(player.frameInterval != nil)
    let screen = PlayerFixture.screen(player)
    #expect(screen.text.contains("crawls, a good one drops fast"))
    #expect(!screen.text.contains("…"))
    let footer = screen.lines[23]
    #expect(footer.components(separatedBy: " q ").count <= 2)
    player.press(.character(" "))
    #expect(player.stepIndex == place.step)
    #expect(player.frameInterval == nil)
    player.press(.right)
    #expect(player.stepIndex == place.step + 1)
  }

  @Test("every change of step is saved, and the place is in the progress")
  func savesEachStep() {
    let saves = SaveLog()
    var player = PlayerFixture.player(lesson: 2, saves: saves)
    player.press(.right, .right, .left)
    #expect(saves.saved.count == 4)
    #expect(saves.saved.last?.lesson == "notation-and-shapes")
    #expect(saves.saved.last?.step == 1)
  }

  @Test("reaching a lesson's last step marks it finished")
  func finishing() {
    let count = PlayerFixture.library.lessons[0].steps.count
    var player = PlayerFixture.player(step: count - 2)
    #expect(!player.progress.finished.contains("images-as-vectors"))
    player.press(.right)
    #expect(player.progress.finished == ["images-as-vectors"])
  }

  @Test("q quits, from a step and from the list")
  func quitting() {
    var player = PlayerFixture.player()
    #expect(player.update(.key(.character("q"))) == .quit)
    player.press(.character("L"))
    #expect(player.update(.key(.character("q"))) == .quit)
  }

  @Test("a save that fails is said on screen once, and the header keeps saying it")
  func notSaved() {
    let saves = SaveLog(failure: .notSaved(reason: "the folder /nowhere is not writable"))
    var player = PlayerFixture.player(saves: saves)
    var screen = PlayerFixture.screen(player)
    #expect(screen.text.contains("progress is not saved: the folder /nowhere is not writable"))
    #expect(screen.lines[0].contains("progress not saved"))
    player.press(.right)
    screen = PlayerFixture.screen(player)
    #expect(!screen.text.contains("/nowhere"))
    #expect(screen.lines[0].contains("progress not saved"))
  }

  @Test("notices show above the first step and go once the student moves on")
  func notices() {
    var player = PlayerFixture.player(notices: ["the progress file could not be read"])
    #expect(PlayerFixture.screen(player).lines[2] == "the progress file could not be read")
    player.press(.right)
    #expect(!PlayerFixture.screen(player).text.contains("could not be read"))
  }
}

import DescentEngine
import DescentUI
import Testing

@Suite("the image as a vector")
struct ImageVectorViewTests {
  static let glyphSets: [(String, Glyphs)] = [("utf8", .unicode), ("ascii", .ascii)]

  @Test("a digit beside its 64 numbers", arguments: glyphSets)
  func digit(glyphs: (name: String, set: Glyphs)) throws {
    // Lesson 1, step 5: the fourth image of the data set, a 3.
    let player = PlayerFixture.player(step: 4, glyphs: glyphs.set)
    let screen = PlayerFixture.screen(player, glyphs: glyphs.set)
    try Golden.check(screen, "image-digit-\(glyphs.name)")
    #expect(screen.text.contains("row 4, a 3"))
    // The digits file's fourth row starts 0,0,7,15,13,1,0,0.
    #expect(
      screen.text.contains("1\(glyphs.name == "utf8" ? "–" : "-")8     0  0  7 15 13  1  0  0"))
  }

  @Test("the weights after training as a heat map beside the image", arguments: glyphSets)
  func weights(glyphs: (name: String, set: Glyphs)) throws {
    let widget = ImageWidget(
      line: 1, dataset: .digits, row: 4, show: .weights, target: 3, learningRate: 0.5,
      iterations: 40)
    var view = ImageVectorView(widget: widget, lessonsFolder: PlayerFixture.lessonsFolder)
    #expect(view.isTraining)
    #expect(view.frameInterval != nil)
    view.finishTraining()
    #expect(!view.isTraining)
    #expect(view.frameInterval == nil)
    let screen = MemoryScreen(rows: 12, columns: 80)
    view.render(on: Canvas(screen: screen, glyphs: glyphs.set))
    try Golden.check(screen, "image-weights-\(glyphs.name)")
    #expect(screen.text.contains("after 40 iterations"))
  }

  @Test("training runs on ticks and says how far it is")
  func trainingOnTicks() {
    let widget = ImageWidget(
      line: 1, dataset: .digits, row: nil, show: .weights, target: 0, iterations: 30)
    var view = ImageVectorView(widget: widget, lessonsFolder: PlayerFixture.lessonsFolder)
    let screen = MemoryScreen(rows: 12, columns: 80)
    view.render(on: Canvas(screen: screen, glyphs: .unicode))
    #expect(screen.text.contains("training… iteration 0 of 30"))
    var ticks = 0
    while view.isTraining && ticks < 100 {
      _ = view.update(.tick)
      ticks += 1
    }
    #expect(!view.isTraining)
    screen.clear()
    view.render(on: Canvas(screen: screen, glyphs: .unicode))
    #expect(screen.text.contains("after 30 iterations"))
  }

  @Test("a row the file does not have is said, not drawn")
  func missingRow() {
    let widget = ImageWidget(line: 1, dataset: .digits, row: 99_999)
    let view = ImageVectorView(widget: widget, lessonsFolder: PlayerFixture.lessonsFolder)
    let screen = MemoryScreen(rows: 12, columns: 80)
    view.render(on: Canvas(screen: screen, glyphs: .unicode))
    #expect(screen.lines[0].contains("row 99999 is past the end"))
  }
}

import DescentEngine
import Testing

@Suite("lesson text without Unicode")
struct LessonAsciiTests {
  @Test(
    "writes the lecture's notation in ASCII",
    arguments: [
      ("ŷ = σ(wᵀx + b)", "y^ = sigma(w^Tx + b)"),
      ("x⁽ⁱ⁾ and y⁽ᵐ⁾", "x(i) and y(m)"),
      ("d(a²)/da = 2a, e⁰ = 1", "d(a^2)/da = 2a, e^0 = 1"),
      ("w₁x₁ + w₂x₂", "w1x1 + w2x2"),
      ("(1/m) · Σᵢ L", "(1/m) * sum_i L"),
      ("w ← w − α · ∂J/∂w", "w <- w - alpha * dJ/dw"),
      ("⌊0.8 · 1797⌋ ≈ 1437", "floor(0.8 * 1797) ~ 1437"),
      ("8×8, 0 ≤ ŷ ≤ 1, ε…", "8x8, 0 <= y^ <= 1, eps..."),
      ("日本", "??"),
    ])
  func transcribes(text: String, ascii: String) {
    #expect(AsciiTranscription.transcribe(text) == ascii)
  }

  @Test("every shipped lesson can be shown in pure ASCII without a '?'")
  func shippedLessons() {
    let library = LessonLibrary.load(folder: LessonFixture.lessonsFolder)
    for lesson in library.lessons {
      var texts = [lesson.title]
      for step in lesson.steps {
        for paragraph in step.paragraphs {
          switch paragraph {
          case .text(let text): texts.append(text)
          case .display(let lines): texts += lines
          }
        }
        if case .poll(let poll) = step.widget {
          texts.append(poll.question)
          texts += poll.choices.flatMap { [$0.text, $0.explanation] }
        }
      }
      for text in texts {
        let ascii = AsciiTranscription.transcribe(text)
        let isASCII = ascii.allSatisfy(\.isASCII)
        let unknown = ascii.count(where: { $0 == "?" }) - text.count(where: { $0 == "?" })
        #expect(isASCII)
        #expect(unknown == 0, "\(text)")
      }
    }
  }

  @Test("lint warns about a character that has no ASCII stand-in, at its column")
  func warnsAboutUnknownCharacter() {
    let result = LessonFixture.parse("# T\n\nα is fine, 日 is not.\n")
    #expect(result.lesson != nil)
    #expect(
      result.diagnostics.map(\.description) == [
        "test.lesson:3:12: warning: '日' has no ASCII stand-in; terminals without Unicode show "
          + "it as '?'"
      ])
  }
}

import DescentEngine
import Foundation
import Testing

@Suite("reading scrambled lessons")
struct LessonRobustnessTests {
  /// A small deterministic generator, so a failure can be replayed.
  struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let pieces = [
    "# Title", "#", "", "---", ":::", "::: poll", "::: nudge", "::: graph", "::: bowl",
    "::: playground", "::: image", "::: x", "question: Q?", "1. a", "2. b", "9. z",
    "   right: yes", "   wrong: no", "   more", "formula: J = 3*(a + b*c)", "formula: (((",
    "values: a = 5, b = 3, c = 2", "values: ,,=", "input: a", "start: 2", "alpha: 0.1",
    "alpha: -1", "centre: 3", "dataset: digits", "dataset: nope.csv", "target: 3", "row: 1",
    "show: weights", "    display", "Prose line.", "α σ ŷ x⁽ⁱ⁾", "\t", "right: x",
  ]

  /// A shipped lesson with a few random edits: lines deleted, repeated, swapped, inserted,
  /// or a byte replaced by one that is not UTF-8.
  static func mutate(_ lines: [String], using generator: inout SplitMix) -> [UInt8] {
    var lines = lines
    for _ in 0..<Int.random(in: 1...3, using: &generator) where lines.count > 1 {
      let index = Int.random(in: 0..<lines.count - 1, using: &generator)
      switch Int.random(in: 0..<5, using: &generator) {
      case 0: lines.remove(at: index)
      case 1: lines.insert(lines[index], at: index)
      case 2: lines.swapAt(index, index + 1)
      case 3: lines.insert(pieces.randomElement(using: &generator) ?? "", at: index)
      default: lines[index] += "\u{FFFD}"
      }
    }
    var bytes = Array(lines.joined(separator: "\n").utf8)
    if let at = bytes.firstIndex(of: Array("\u{FFFD}".utf8)[0]) {
      bytes.replaceSubrange(at..<at + 3, with: [0xFF])
    }
    return bytes
  }

  @Test("never crashes, and gives a lesson exactly when there is no error")
  func scrambled() throws {
    var generator = SplitMix(state: 2026)
    var loaded = 0
    var refused = 0
    for file in try LessonLibrary.lessonFiles(in: LessonFixture.lessonsFolder) {
      let text = try String(contentsOf: file, encoding: .utf8)
      let lines = text.components(separatedBy: "\n")
      for _ in 0..<15 {
        let bytes = Self.mutate(lines, using: &generator)
        let result = LessonParser.parse(
          bytes: bytes, file: "mutated.lesson", folder: LessonFixture.lessonsFolder)
        let hasError = result.diagnostics.contains(where: \.isError)
        #expect((result.lesson == nil) == hasError)
        #expect(result.diagnostics.allSatisfy { $0.line >= 1 && $0.column >= 1 })
        guard let lesson = result.lesson else {
          refused += 1
          continue
        }
        loaded += 1
        #expect(!lesson.steps.isEmpty)
        for (_, poll) in lesson.polls {
          #expect(poll.choices.count(where: \.isRight) == 1)
          #expect(poll.choices.allSatisfy { !$0.explanation.isEmpty })
          #expect((2...9).contains(poll.choices.count))
        }
      }
    }
    // Both outcomes occur, so the checks above are exercised.
    #expect(loaded > 10)
    #expect(refused > 10)
  }
}

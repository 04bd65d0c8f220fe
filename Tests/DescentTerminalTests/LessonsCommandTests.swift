import Foundation
import Testing

@Suite("descent lessons")
struct LessonsCommandTests {
  @Test("lists the shipped lessons as NN  SLUG  Title, in order")
  func shippedLessons() throws {
    let result = try Binary.run(["lessons"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count >= 3)
    #expect(lines.first?.wholeMatch(of: /01  images-as-vectors +Images as vectors/) != nil)
    for (index, line) in lines.enumerated() {
      let number = index + 1 < 10 ? "0\(index + 1)" : "\(index + 1)"
      #expect(line.hasPrefix(number + "  "))
    }
  }

  @Test("leaves out a broken lesson with a warning on stderr")
  func brokenLesson() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("descent-lessons-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("# One\n\nFine.\n".utf8).write(to: folder.appendingPathComponent("01-one.lesson"))
    try Data("No title.\n".utf8).write(to: folder.appendingPathComponent("02-two.lesson"))
    try Data("# Three\n\nFine.\n".utf8).write(
      to: folder.appendingPathComponent("03-three.lesson"))

    let result = try Binary.run(["lessons"], environment: ["DESCENT_LESSONS": folder.path])
    #expect(result.status == 0)
    #expect(result.stdout == "01  one    One\n03  three  Three\n")
    #expect(result.stderr.contains("02-two.lesson:1:1: warning: lesson left out: "))
  }
}

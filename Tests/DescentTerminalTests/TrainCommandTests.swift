import Foundation
import Testing

@Suite("descent train")
struct TrainCommandTests {
  @Test("digits: header, the cost before updates 0, 250 and after the last, then accuracies")
  func digits() throws {
    let result = try Binary.run([
      "train", "--dataset", "digits", "--target", "3", "--alpha", "0.5", "--iterations", "500",
      "--every", "250",
    ])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    #expect(lines.contains("n_x = 64, m_train = 1437, m_test = 360"))
    // The costs bench/fixtures.py computed with numpy: 0.69314718…, 0.06343238…, 0.04576934….
    let costs = lines.filter { $0.hasPrefix("iteration ") }
    #expect(
      costs == [
        "iteration 0  cost 0.6931471806",
        "iteration 250  cost 0.06343238985",
        "iteration 500  cost 0.04576934013",
      ])
    #expect(lines.contains("train accuracy: 99.03%"))
    #expect(lines.contains("test accuracy: 95.83%"))
  }

  @Test("the last iteration is printed even when it is not a multiple of --every")
  func lastIteration() throws {
    let result = try Binary.run([
      "train", "--dataset", "breast-cancer", "--alpha", "1", "--iterations", "7", "--every", "3",
    ])
    #expect(result.status == 0)
    let iterations = result.stdout.split(separator: "\n")
      .filter { $0.hasPrefix("iteration ") }
      .map { $0.split(separator: " ")[1] }
    #expect(iterations == ["0", "3", "6", "7"])
    #expect(result.stdout.contains("n_x = 30, m_train = 455, m_test = 114"))
  }

  @Test("a run that diverges says so and never prints nan or inf")
  func diverges() throws {
    let result = try Binary.run([
      "train", "--dataset", "breast-cancer", "--no-scale", "--alpha", "1e306",
      "--iterations", "50", "--every", "5",
    ])
    #expect(result.status == 0)
    #expect(result.stdout.contains("diverged at iteration 1"))
    #expect(!result.stdout.lowercased().contains("nan"))
    #expect(!result.stdout.lowercased().contains("inf"))
    #expect(result.stdout.contains("train accuracy: "))
  }

  @Test(
    "bad options are refused with one line and status 2",
    arguments: [
      (["--alpha", "0"], "--alpha: α must be positive, not 0"),
      (["--alpha", "-1"], "--alpha: α must be positive, not -1"),
      (["--alpha", "abc"], "--alpha: 'abc' is not a number"),
      (["--alpha", "inf"], "--alpha: α must be a finite number, not 'inf'"),
      (["--iterations", "-1"], "--iterations must be a whole number 0 or more, not '-1'"),
      (["--iterations", "2.5"], "--iterations must be a whole number 0 or more, not '2.5'"),
      (["--every", "0"], "--every must be a whole number 1 or more, not 0"),
      (["--target", "10"], "--target must be a digit 0–9, not '10'"),
      (["--target", "x"], "--target must be a digit 0–9, not 'x'"),
      (["--dataset", "breast-cancer", "--target", "3"], "--target is for --dataset digits only"),
      (["--no-scale"], "--no-scale is for breast-cancer and CSV files; digits are already 0 to 1"),
      (["--alpha"], "option --alpha needs a value"),
      (["extra"], "train takes only options, not 'extra'; see 'descent help train'"),
    ])
  func badOptions(words: [String], message: String) throws {
    let result = try Binary.run(["train"] + words)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "descent: \(message)\n")
  }

  @Test("a missing or malformed data file is refused naming file:line, status 1")
  func badFiles() throws {
    let missing = try Binary.run(["train", "--dataset", "no/such/file.csv"])
    #expect(missing.status == 1)
    #expect(missing.stderr == "descent: no/such/file.csv: no such file\n")

    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("descent-train-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("bad.csv")
    try Data("a,b,label\n1,2,0\n3,4,1\n5,six,0\n".utf8).write(to: file)
    let malformed = try Binary.run(["train", "--dataset", file.path])
    #expect(malformed.status == 1)
    #expect(malformed.stderr == "descent: \(file.path):4:3: field 2 is not a number: 'six'\n")
  }

  @Test("control characters quoted from a data file reach the terminal escaped")
  func controlCharactersEscaped() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("descent-train-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("bad.csv")
    try Data("a,b,label\n1,\u{1B}[31mRED\u{7},0\n".utf8).write(to: file)
    let result = try Binary.run(["train", "--dataset", file.path])
    #expect(result.status == 1)
    #expect(!result.stderr.contains("\u{1B}"))
    #expect(!result.stderr.contains("\u{7}"))
    #expect(
      result.stderr
        == "descent: \(file.path):2:3: field 2 is not a number: '\\u{1B}[31mRED\\u{7}'\n")
  }

  @Test("a count too large for the machine names the largest one allowed")
  func iterationsTooLarge() throws {
    let result = try Binary.run(["train", "--iterations", "99999999999999999999"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("--iterations is too large"))
    #expect(result.stderr.contains("\(Int.max)"))
    #expect(!result.stderr.contains("whole number"))
  }

  @Test("a CSV file trains like a named data set")
  func csvFile() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("descent-train-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("line.csv")
    let rows = (0..<10).map { "\($0),\($0 < 5 ? 0 : 1)" }.joined(separator: "\n")
    try Data("x,label\n\(rows)\n".utf8).write(to: file)
    let result = try Binary.run([
      "train", "--dataset", file.path, "--iterations", "200", "--alpha", "1",
    ])
    #expect(result.status == 0)
    #expect(result.stdout.contains("n_x = 1, m_train = 8, m_test = 2"))
    #expect(result.stdout.contains("train accuracy: 100.00%"))
  }

  @Test("--timing adds how long the updates took")
  func timing() throws {
    let result = try Binary.run([
      "train", "--dataset", "breast-cancer", "--iterations", "20", "--every", "10", "--timing",
    ])
    #expect(result.status == 0)
    let last = try #require(result.stdout.split(separator: "\n").last)
    #expect(last.hasPrefix("time: 20 iterations in "))
    #expect(last.hasSuffix(" iterations/s"))
  }
}

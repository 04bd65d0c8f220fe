import Testing

@testable import DescentEngine

@Suite("reading a typed learning rate")
struct ModelLearningRateTests {
  @Test(
    "positive finite numbers are accepted",
    arguments: [
      ("0.5", 0.5), (" 1e-3 ", 0.001), ("2", 2.0), (".25", 0.25),
    ])
  func accepted(text: String, value: Double) throws {
    #expect(try LearningRate.parse(text) == value)
  }

  @Test(
    "anything else is refused with a reason",
    arguments: [
      ("0", "α must be positive, not 0"),
      ("-0.1", "α must be positive, not -0.1"),
      ("abc", "'abc' is not a number"),
      ("0.1.2", "'0.1.2' is not a number"),
      ("inf", "α must be a finite number, not 'inf'"),
      ("nan", "α must be a finite number, not 'nan'"),
      ("  ", "α is missing: type a positive number such as 0.1"),
    ])
  func refused(text: String, reason: String) {
    do {
      let value = try LearningRate.parse(text)
      Issue.record("accepted \(value)")
    } catch {
      #expect(error.description == reason)
    }
  }
}

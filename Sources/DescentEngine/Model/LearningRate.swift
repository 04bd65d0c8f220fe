/// Reads a learning rate α typed by a user.
public enum LearningRate {
  /// Why a typed α was refused.
  public enum ParseError: Error, CustomStringConvertible, Equatable, Sendable {
    case empty
    case notANumber(String)
    case notFinite(String)
    case notPositive(Double)

    public var description: String {
      switch self {
      case .empty: "α is missing: type a positive number such as 0.1"
      case .notANumber(let text): "'\(text)' is not a number"
      case .notFinite(let text): "α must be a finite number, not '\(text)'"
      case .notPositive(let value):
        value == 0 ? "α must be positive, not 0" : "α must be positive, not \(formatNumber(value))"
      }
    }
  }

  /// The number in `text` (spaces around it allowed) when it is positive and finite.
  public static func parse(_ text: String) throws(ParseError) -> Double {
    let trimmed = text.trimmingWhitespace()
    guard !trimmed.isEmpty else { throw .empty }
    guard let value = Double(trimmed) else { throw .notANumber(trimmed) }
    guard value.isFinite else { throw .notFinite(trimmed) }
    guard value > 0 else { throw .notPositive(value) }
    return value
  }
}

extension String {
  fileprivate func trimmingWhitespace() -> String {
    var text = Substring(self)
    while let first = text.first, first.isWhitespace { text = text.dropFirst() }
    while let last = text.last, last.isWhitespace { text = text.dropLast() }
    return String(text)
  }
}

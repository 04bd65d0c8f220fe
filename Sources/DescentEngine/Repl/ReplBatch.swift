/// Runs statements read from a pipe or a file, one line at a time, as a compiler reads
/// source: no prompt, each result on its own lines, and each refused line reported as
/// `SOURCE:LINE:COLUMN: message` with the line and a caret under the spot.
public struct ReplBatch: Sendable {
  /// One line of what a statement printed, for standard output or standard error.
  public enum Line: Equatable, Sendable {
    case output(String)
    case error(String)
  }

  public var session: ReplSession
  /// The name errors give the input: `<stdin>` or a file's path.
  public let source: String
  public private(set) var lineNumber = 0
  /// How many lines were refused; a non-zero count makes the run fail at the end.
  public private(set) var failures = 0
  /// Set by `quit`; later lines are ignored.
  public private(set) var finished = false

  public init(session: ReplSession, source: String = "<stdin>") {
    self.session = session
    self.source = source
  }

  /// Runs the next line and returns what it printed.
  public mutating func feed(_ line: String) -> [Line] {
    guard !finished else { return [] }
    lineNumber += 1
    let text = line.hasSuffix("\r") ? String(line.dropLast()) : line
    switch session.run(text) {
    case .printed(let lines):
      return lines.map(Line.output)
    case .failed(let error):
      failures += 1
      let report = error.report(source: source, line: lineNumber, text: text)
      return report.split(separator: "\n", omittingEmptySubsequences: false).map {
        Line.error(String($0))
      }
    case .quit:
      finished = true
      return []
    }
  }

  /// Runs every line of `text` and returns the whole transcript, errors in place.
  public mutating func transcript(of text: String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    var result = ""
    for line in lines {
      for printed in feed(line) {
        switch printed {
        case .output(let text), .error(let text): result += text + "\n"
        }
      }
    }
    return result
  }
}

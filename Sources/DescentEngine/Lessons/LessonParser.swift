import Foundation

/// Reads a lesson file into a `Lesson`, collecting every problem rather than stopping at the
/// first, so that `descent lint` can list them all.
///
/// The format, in short (`lessons/README.md` has the whole of it):
///
/// ```
/// # Title
///
/// Prose paragraphs, separated by blank lines.
///
/// ---
///
/// More prose, then at most one widget:
///
/// ::: nudge
/// formula: f = a^2
/// input: a
/// start: 2
/// :::
/// ```
public struct LessonParser {
  /// What reading one lesson gave: the lesson when it has no error, and every diagnostic.
  public struct Result: Sendable {
    /// `nil` when any diagnostic is an error.
    public var lesson: Lesson?
    /// Errors and warnings in the order of the file.
    public var diagnostics: [LessonDiagnostic]
  }

  /// Reads the lesson in `bytes`.
  ///
  /// - Parameters:
  ///   - file: the name diagnostics start with; its last component gives the slug.
  ///   - folder: the lessons folder, against which data-set paths are resolved.
  ///   - number: the lesson's position in its folder.
  public static func parse(bytes: [UInt8], file: String, folder: URL, number: Int = 1) -> Result {
    var parser = LessonParser(file: file, folder: folder)
    let text = LessonText(bytes: bytes)
    for (line, column) in text.invalidLines {
      parser.warn(
        line, column, "bytes that are not UTF-8 are shown as \u{FFFD}; save the file as UTF-8")
    }
    let invalid = Set(text.invalidLines.map(\.line))
    for (index, line) in text.lines.enumerated() where !invalid.contains(index + 1) {
      if let offset = line.firstIndex(where: { !AsciiTranscription.hasStandIn($0) }) {
        parser.warn(
          index + 1, line.distance(from: line.startIndex, to: offset) + 1,
          "'\(line[offset])' has no ASCII stand-in; terminals without Unicode show it as '?'")
      }
    }
    let steps = parser.read(text.lines)
    let diagnostics = parser.diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    guard !diagnostics.contains(where: \.isError), let title = parser.title else {
      return Result(lesson: nil, diagnostics: diagnostics)
    }
    let name = URL(fileURLWithPath: file).lastPathComponent
    let lesson = Lesson(
      slug: Lesson.slug(forFileName: name), number: number, title: title, file: file,
      steps: steps)
    return Result(lesson: lesson, diagnostics: diagnostics)
  }

  /// Reads the lesson file at `url`, named `file` in diagnostics.
  public static func parse(contentsOf url: URL, file: String, number: Int = 1) -> Result {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      let problem = LessonDiagnostic(
        file: file, line: 1, column: 1, message: "cannot read the lesson file")
      return Result(lesson: nil, diagnostics: [problem])
    }
    return parse(
      bytes: [UInt8](data), file: file, folder: url.deletingLastPathComponent(), number: number)
  }

  // MARK: - State

  let file: String
  let folder: URL
  var diagnostics: [LessonDiagnostic] = []
  var title: String?

  private var steps: [LessonStep] = []
  private var step: StepDraft?
  private var paragraph: [String] = []
  private var block: DirectiveBlock?

  /// A step being read: where it began, its prose so far and its widget if one was read.
  private struct StepDraft {
    var line: Int
    var paragraphs: [Paragraph] = []
    var widget: Widget?
    var hasWidgetBlock = false
    var complainedAboutProse = false
  }

  private init(file: String, folder: URL) {
    self.file = file
    self.folder = folder
  }

  mutating func error(_ line: Int, _ column: Int, _ message: String) {
    diagnostics.append(LessonDiagnostic(file: file, line: line, column: column, message: message))
  }

  mutating func warn(_ line: Int, _ column: Int, _ message: String) {
    diagnostics.append(
      LessonDiagnostic(
        file: file, line: line, column: column, message: message, severity: .warning))
  }

  // MARK: - Lines

  private mutating func read(_ lines: [String]) -> [LessonStep] {
    guard let first = lines.firstIndex(where: { !$0.isBlank }) else {
      error(1, 1, "the lesson is empty; it begins with a title line such as '# Images as vectors'")
      return []
    }
    var start = first
    let titleLine = lines[first]
    if titleLine.hasPrefix("#") && !titleLine.hasPrefix("##") {
      let text = titleLine.dropFirst().trimmed
      if text.isEmpty { error(first + 1, 1, "the title line '#' has no title after it") }
      title = text
      start = first + 1
    } else {
      error(first + 1, 1, "the lesson has no title; its first line should be '# Title'")
    }
    step = StepDraft(line: first + 1)

    for index in start..<lines.count {
      readLine(lines[index], number: index + 1)
    }

    if let open = block {
      error(
        open.line, 1,
        "'::: \(open.name)' is never closed; end the block with a line ':::'")
      block = nil
    }
    finishStep(atEnd: true)
    return steps
  }

  private mutating func readLine(_ line: String, number: Int) {
    let trimmed = line.trimmed
    if var open = block {
      if trimmed == ":::" {
        block = nil
        closeBlock(open)
      } else if trimmed == "---" {
        error(
          open.line, 1,
          "'::: \(open.name)' is not closed before the '---' on line \(number); "
            + "end the block with a line ':::'")
        block = nil
        finishStep()
        step = StepDraft(line: number)
      } else if line.hasPrefix(":::") {
        error(
          number, 1,
          "'\(trimmed)' inside the '::: \(open.name)' block opened on line \(open.line); "
            + "close that block with ':::' first")
      } else {
        open.lines.append((number, line))
        block = open
      }
      return
    }

    if trimmed == "---" {
      finishStep()
      step = StepDraft(line: number)
    } else if line.hasPrefix(":::") {
      flushParagraph()
      let name = line.dropFirst(3).trimmed
      if name.isEmpty {
        error(number, 1, "':::' closes nothing: no block is open")
        return
      }
      let column = 3 + line.dropFirst(3).prefix(while: \.isWhitespace).count + 1
      if step?.hasWidgetBlock == true {
        error(
          number, 1,
          "a step holds at most one widget; start a new step with a line '---' before this one")
      }
      step?.hasWidgetBlock = true
      block = DirectiveBlock(name: name, line: number, nameColumn: column)
    } else if trimmed.isEmpty {
      flushParagraph()
    } else {
      if step?.hasWidgetBlock == true, step?.complainedAboutProse == false {
        error(
          number, 1,
          "prose after the widget: move it above the widget, or into a new step after '---'")
        step?.complainedAboutProse = true
      }
      paragraph.append(line)
    }
  }

  private mutating func flushParagraph() {
    defer { paragraph = [] }
    guard !paragraph.isEmpty else { return }
    if paragraph[0].first?.isWhitespace == true {
      let indent = paragraph.map { $0.prefix(while: \.isWhitespace).count }.min() ?? 0
      let lines = paragraph.map { String($0.dropFirst(indent)).trimmedTrailing }
      step?.paragraphs.append(.display(lines))
    } else {
      step?.paragraphs.append(.text(paragraph.map(\.trimmed).joined(separator: " ")))
    }
  }

  private mutating func closeBlock(_ block: DirectiveBlock) {
    let reader = WidgetReader(block: block, folder: folder)
    let widget = reader.widget()
    diagnostics += reader.problems.map {
      LessonDiagnostic(
        file: file, line: $0.line, column: $0.column, message: $0.message, severity: $0.severity)
    }
    if let widget, step?.widget == nil { step?.widget = widget }
  }

  private mutating func finishStep(atEnd: Bool = false) {
    flushParagraph()
    guard let draft = step else { return }
    step = nil
    if draft.paragraphs.isEmpty && !draft.hasWidgetBlock {
      let ordinal = steps.count + 1
      if ordinal == 1 && atEnd {
        error(draft.line, 1, "the lesson has a title but no steps")
        return
      }
      error(
        draft.line, 1,
        "step \(ordinal) is empty; write prose or a widget between the '---' lines")
      steps.append(LessonStep(line: draft.line, paragraphs: []))
      return
    }
    steps.append(LessonStep(line: draft.line, paragraphs: draft.paragraphs, widget: draft.widget))
  }
}

extension StringProtocol {
  var isBlank: Bool { allSatisfy(\.isWhitespace) }

  var trimmed: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }

  var trimmedTrailing: String {
    String(reversed().drop(while: \.isWhitespace).reversed())
  }
}

import Foundation

/// One lesson of the tutor, read from a `.lesson` file: a title and the steps a student
/// walks through in order.
///
/// Lessons are numbered by the position of their file in the sorted lessons folder
/// (`01-images-as-vectors.lesson` is lesson 1), and named by their slug: the file name without
/// its leading number and its `.lesson` extension (`images-as-vectors`).
public struct Lesson: Sendable, Equatable {
  /// The file name without its leading `NN-` and its extension, e.g. `images-as-vectors`.
  public var slug: String
  /// 1-based position of the file among the lesson files of its folder, sorted by name.
  public var number: Int
  /// The text of the `# Title` line.
  public var title: String
  /// The file the lesson was read from, as it was named to the loader.
  public var file: String
  /// The steps in order; never empty for a lesson that loaded.
  public var steps: [LessonStep]

  public init(slug: String, number: Int, title: String, file: String, steps: [LessonStep]) {
    self.slug = slug
    self.number = number
    self.title = title
    self.file = file
    self.steps = steps
  }

  /// The polls of the lesson, with the index of the step that holds each.
  public var polls: [(step: Int, poll: Poll)] {
    steps.enumerated().compactMap { index, step in
      if case .poll(let poll) = step.widget { return (index, poll) }
      return nil
    }
  }

  /// The slug a file name gives: `03-the-model.lesson` → `the-model`.
  public static func slug(forFileName name: String) -> String {
    var base = Substring(name)
    if base.hasSuffix(".lesson") { base = base.dropLast(".lesson".count) }
    let digits = base.prefix(while: \.isASCII).prefix(while: \.isNumber)
    if !digits.isEmpty, base.dropFirst(digits.count).first == "-" {
      let rest = base.dropFirst(digits.count + 1)
      if !rest.isEmpty { base = rest }
    }
    return String(base)
  }
}

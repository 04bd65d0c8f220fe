/// Where the tutor opens.
public struct ResumePoint: Equatable, Sendable {
  /// Index into the lesson list given to `StudentProgress.resume(in:)`.
  public var lessonIndex: Int
  /// 0-based step.
  public var step: Int
  /// The slug of the saved lesson when it no longer exists (so the tutor can say so).
  public var missingLesson: String?

  public init(lessonIndex: Int, step: Int, missingLesson: String? = nil) {
    self.lessonIndex = lessonIndex
    self.step = step
    self.missingLesson = missingLesson
  }
}

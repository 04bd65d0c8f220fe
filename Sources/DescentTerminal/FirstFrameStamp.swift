import Foundation

/// Notes when the first frame has reached the terminal, for measuring start-up time from
/// outside: when `DESCENT_FIRST_FRAME_FILE` names a file, the runner writes the wall-clock
/// time there (seconds since 1970, to the nanosecond) right after its first frame.
///
/// The time is written atomically (a new file renamed into place), so a reader never sees
/// half a number.
struct FirstFrameStamp {
  static let variable = "DESCENT_FIRST_FRAME_FILE"

  private var path: String?

  init(environment: [String: String]) {
    path = environment[Self.variable].flatMap { $0.isEmpty ? nil : $0 }
  }

  /// Writes the time on the first call and does nothing after.
  mutating func frameShown() {
    guard let path else { return }
    self.path = nil
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    let text = String(time.tv_sec) + "." + String(format: "%09ld", time.tv_nsec) + "\n"
    // Timing is best effort: a file that cannot be written leaves the run as it was.
    try? text.write(toFile: path, atomically: true, encoding: .utf8)
  }
}

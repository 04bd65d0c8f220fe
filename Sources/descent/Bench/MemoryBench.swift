import Foundation

/// Case 5: the peak resident memory (`VmHWM` of /proc/PID/status) after `seconds` of the
/// tutor showing its digits playground (which trains 2000 iterations, then stops), and of
/// `descent play` training on digits all that time.
struct MemoryBench {
  var seconds: Double
  var home: String

  func run() -> BenchSection {
    var section = BenchSection()
    for program in [TerminalProgram.tutorPlayground, .playground] {
      var row = BenchRow(name: "peak memory, \(program.label)", descent: "", goal: "< 40 MB")
      do throws(BenchFailure) {
        let terminal = try BenchTerminal(columns: 200, rows: 60)
        defer { terminal.close() }
        let launched = try LaunchedDescent.launch(program, in: terminal, home: home)
        usleep(useconds_t(seconds * 1_000_000))
        guard let peak = ProcessStats.peakResidentBytes(launched.pid) else {
          throw BenchFailure(description: "\(program.label) ended before its memory was read")
        }
        row.descent = BenchFormat.megabytes(peak)
        row.met = peak < 40 * 1_048_576
      } catch {
        row.descent = "unavailable"
        section.notes.append("memory: \(error.description)")
      }
      section.rows.append(row)
    }
    section.notes.append(
      "memory: VmHWM after \(BenchFormat.number(seconds)) s in a 200×60 tmux terminal: the "
        + "tutor on the digits playground of the lesson on m examples (2000 iterations), "
        + "descent play training on digits all that time.")
    return section
  }
}

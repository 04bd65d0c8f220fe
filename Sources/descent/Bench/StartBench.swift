import Foundation

/// Case 4: the time from launch to the first full frame, for the tutor and the playground
/// (the median of a few launches in tmux), beside what tmux and a shell take to start a
/// trivial program; and the time `descent --version` takes from spawn to exit.
struct StartBench {
  var launches: Int
  var home: String

  func run() -> BenchSection {
    var section = BenchSection()
    let overhead: Double?
    do throws(BenchFailure) {
      let terminal = try BenchTerminal(columns: 120, rows: 40)
      defer { terminal.close() }
      overhead = median(
        try (0..<launches).map { _ throws(BenchFailure) in
          try LaunchedDescent.launchOverhead(in: terminal)
        })
    } catch {
      overhead = nil
      section.notes.append("start: \(error.description)")
    }

    for program in [TerminalProgram.tutor, .playground] {
      var row = BenchRow(name: "first frame, \(program.label)", descent: "", goal: "< 150 ms")
      do throws(BenchFailure) {
        let terminal = try BenchTerminal(columns: 120, rows: 40)
        defer { terminal.close() }
        let time = median(
          try (0..<launches).map { _ throws(BenchFailure) in
            try LaunchedDescent.launch(program.arguments, in: terminal, home: home).firstFrame
          })
        row.descent = BenchFormat.milliseconds(time)
        row.met = time < 0.150
        if let overhead {
          row.reference = BenchFormat.milliseconds(overhead) + " tmux+sh+date"
        }
      } catch {
        row.descent = "unavailable"
        section.notes.append("start: \(error.description)")
      }
      section.rows.append(row)
    }

    do throws(BenchFailure) {
      let times = try (0..<launches).map { _ throws(BenchFailure) in
        let result = try Spawn.run(LaunchedDescent.executablePath, ["--version"])
        guard result.status == 0 else {
          throw BenchFailure(description: "descent --version exited with \(result.status)")
        }
        return result.seconds
      }
      section.rows.append(
        BenchRow(name: "descent --version", descent: BenchFormat.milliseconds(median(times))))
    } catch {
      section.notes.append("start: \(error.description)")
    }
    section.notes.append(
      "start: median of \(launches) launches in tmux, from just before tmux is asked to start "
        + "the program to the moment descent has written its first frame "
        + "(DESCENT_FIRST_FRAME_FILE); the reference column is the same launch of 'date', "
        + "the part of the figure that is tmux and the shell.")
    return section
  }

  private func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? .nan : sorted[sorted.count / 2]
  }
}

import Foundation

/// Case 3: the CPU time the tutor and the playground use in a real terminal (tmux), read
/// from /proc/PID/stat (`utime` + `stime`) before and after `seconds` of wall-clock time:
/// while paused, and for the playground also while it animates at its frame rate.
struct RestBench {
  var seconds: Double
  var home: String

  func run() -> BenchSection {
    var section = BenchSection()
    for program in [TerminalProgram.tutor, .playground] {
      do throws(BenchFailure) {
        section.rows += try measure(program)
      } catch {
        section.rows.append(
          BenchRow(name: "\(program.label) paused, CPU", descent: "unavailable", goal: "< 1 %"))
        section.notes.append("at rest: \(error.description)")
      }
    }
    section.notes.append(
      "at rest: CPU time (user + system) over \(BenchFormat.number(seconds)) s of wall-clock "
        + "time in tmux, from /proc/PID/stat; the clock counts in ticks of "
        + "\(BenchFormat.milliseconds(1 / Double(sysconf(Int32(_SC_CLK_TCK))))).")
    return section
  }

  private func measure(_ program: TerminalProgram) throws(BenchFailure) -> [BenchRow] {
    let terminal = try BenchTerminal(columns: 120, rows: 40)
    defer { terminal.close() }
    let launched = try LaunchedDescent.launch(program, in: terminal, home: home)
    usleep(500_000)

    var rows: [BenchRow] = []
    if program.animates {
      let busy = try share(of: launched.pid)
      rows.append(
        BenchRow(
          name: "\(program.label) animating, CPU",
          descent: BenchFormat.percent(busy) + " of a core",
          goal: "< 25 %", met: busy < 0.25))
      try terminal.send("Space")
      usleep(500_000)
    }
    let idle = try share(of: launched.pid)
    rows.insert(
      BenchRow(
        name: "\(program.label) paused, CPU", descent: BenchFormat.percent(idle) + " of a core",
        goal: "< 1 %", met: idle < 0.01), at: 0)
    return rows
  }

  /// The fraction of one core `pid` uses over `seconds`.
  private func share(of pid: pid_t) throws(BenchFailure) -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    guard let before = ProcessStats.cpuSeconds(pid) else {
      throw BenchFailure(description: "process \(pid) ended before it could be measured")
    }
    usleep(useconds_t(seconds * 1_000_000))
    guard let after = ProcessStats.cpuSeconds(pid) else {
      throw BenchFailure(description: "process \(pid) ended while it was measured")
    }
    return (after - before) / start.duration(to: clock.now).seconds
  }
}

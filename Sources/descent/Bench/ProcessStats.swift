import Foundation

/// What Linux says about a running process in /proc: the CPU time it has used and its peak
/// resident memory.
enum ProcessStats {
  /// User plus system CPU time in seconds (`utime` + `stime` of /proc/PID/stat), or nil
  /// when the process is gone.
  static func cpuSeconds(_ pid: pid_t) -> Double? {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = text.lastIndex(of: ")")
    else { return nil }
    // After "pid (comm)" come the fields from the 3rd on; utime and stime are the 14th, 15th.
    let fields = text[text.index(after: close)...].split(separator: " ")
    guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12])
    else { return nil }
    return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
  }

  /// The peak resident set size in bytes (`VmHWM` of /proc/PID/status).
  static func peakResidentBytes(_ pid: pid_t) -> Double? {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else {
      return nil
    }
    for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let number = line.dropFirst(6).trimmingCharacters(in: .whitespaces).split(separator: " ")
      return number.first.flatMap { Double($0) }.map { $0 * 1024 }
    }
    return nil
  }

  /// The program name of the process (`comm`), to check that the right one is measured.
  static func name(_ pid: pid_t) -> String? {
    let text = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)
    return text?.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}

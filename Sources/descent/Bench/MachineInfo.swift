import Foundation

/// What the benchmark ran on: the processor, how many cores, the kernel, the Swift
/// toolchain, and whether this binary was built for release.
struct MachineInfo {
  var processor: String
  var cores: Int
  var kernel: String
  var swift: String
  /// The 1-minute load average when the run began: how busy the machine was.
  var load: String
  var isReleaseBuild: Bool

  static func current() -> MachineInfo {
    MachineInfo(
      processor: processorName() ?? "unknown processor",
      cores: ProcessInfo.processInfo.activeProcessorCount,
      kernel: kernelRelease() ?? "unknown kernel",
      swift: swiftVersion() ?? "swift not found in PATH",
      load: loadAverage() ?? "unknown",
      isReleaseBuild: !_isDebugAssertConfiguration())
  }

  var lines: [String] {
    [
      "machine: \(processor), \(cores) cores, Linux \(kernel); load average \(load) at start",
      "toolchain: \(swift)",
      isReleaseBuild
        ? "build: release"
        : "build: DEBUG — these figures say little; run "
          + "'swift build -c release && .build/release/descent bench'",
    ]
  }

  /// The first `model name` of /proc/cpuinfo.
  private static func processorName() -> String? {
    guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else {
      return nil
    }
    for line in text.split(separator: "\n") where line.hasPrefix("model name") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    return nil
  }

  private static func loadAverage() -> String? {
    let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)
    return text?.split(separator: " ").first.map(String.init)
  }

  private static func kernelRelease() -> String? {
    let text = try? String(contentsOfFile: "/proc/sys/kernel/osrelease", encoding: .utf8)
    return text?.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The first line of `swift --version`: the toolchain on PATH, which built this binary
  /// when the README's steps were followed.
  private static func swiftVersion() -> String? {
    guard let result = try? Spawn.run("swift", ["--version"]), result.status == 0 else {
      return nil
    }
    let text = result.output.isEmpty ? result.errors : result.output
    return text.split(separator: "\n").first.map(String.init)
  }
}

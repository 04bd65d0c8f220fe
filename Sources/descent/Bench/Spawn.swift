import Foundation

/// Runs a program to its end with `posix_spawnp` and `waitpid`, its output captured in files.
///
/// Foundation's `Process` waits until every process that inherited its bookkeeping
/// descriptor has exited, and a tmux server started by `tmux new-session` lives on; a plain
/// spawn and wait sees only the program itself.
enum Spawn {
  struct Result {
    var status: Int32
    var output: String
    var errors: String
    /// Wall-clock seconds from just before the spawn to the end of the wait.
    var seconds: Double
  }

  /// Runs `program` (looked up in PATH when it has no slash) with `arguments`, stdin from
  /// /dev/null, in the current environment with `environment` added.
  static func run(
    _ program: String, _ arguments: [String], environment: [String: String] = [:]
  ) throws(BenchFailure) -> Result {
    let folder = FileManager.default.temporaryDirectory
    let stem = "descent-bench-\(getpid())-\(UUID().uuidString)"
    let outputPath = folder.appendingPathComponent(stem + ".out").path
    let errorPath = folder.appendingPathComponent(stem + ".err").path
    defer {
      unlink(outputPath)
      unlink(errorPath)
    }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    var variables = ProcessInfo.processInfo.environment
    variables.merge(environment) { _, new in new }
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }

    let clock = ContinuousClock()
    let start = clock.now
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, program, &actions, nil, argv, envp)
    guard spawned == 0 else {
      throw BenchFailure(
        description: "cannot start \(program): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let seconds = start.duration(to: clock.now).seconds

    let exited = (status & 0x7f) == 0
    return Result(
      status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f),
      output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
      errors: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "",
      seconds: seconds)
  }
}

extension Duration {
  /// The duration in seconds, as a `Double`.
  var seconds: Double {
    Double(components.seconds) + Double(components.attoseconds) * 1e-18
  }
}

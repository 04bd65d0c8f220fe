import Foundation

/// Runs a program to its end with posix_spawn and waitpid, its output captured in files.
///
/// Foundation's `Process` waits until every process that inherited its bookkeeping
/// descriptor has exited; the tmux server that `tmux new-session` leaves behind would make
/// that wait last as long as the server.
enum Spawn {
  struct Result {
    var status: Int32
    var output: String
    var errors: String
  }

  /// - Parameters:
  ///   - input: written to a file that becomes the child's stdin (no pipe that another
  ///     child could inherit and hold open).
  ///   - directory: the child's working folder, or the runner's when nil.
  static func run(
    _ path: String, _ arguments: [String], environment: [String: String], input: String = "",
    directory: String? = nil
  ) throws -> Result {
    let folder = FileManager.default.temporaryDirectory
    let stem = "descent-spawn-\(getpid())-\(UUID().uuidString)"
    let inputPath = folder.appendingPathComponent(stem + ".in").path
    let outputPath = folder.appendingPathComponent(stem + ".out").path
    let errorPath = folder.appendingPathComponent(stem + ".err").path
    try Data(input.utf8).write(to: URL(fileURLWithPath: inputPath))
    defer {
      unlink(inputPath)
      unlink(outputPath)
      unlink(errorPath)
    }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    // `env -C` changes folder and then runs the program (the `_np` chdir action of
    // posix_spawn is not visible to Swift here).
    let program = directory == nil ? path : "/usr/bin/env"
    let words = directory.map { ["/usr/bin/env", "-C", $0, path] } ?? [path]
    let argv = (words + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }

    // The test runner's threads block most signals, and a child keeps its parent's mask: a
    // tmux server started with SIGCHLD blocked never reaps its panes, so `kill-server` never
    // finishes and the server outlives the test. Start every child with nothing blocked.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    posix_spawnattr_setsigmask(&attributes, &unblocked)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))

    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, program, &actions, &attributes, argv, envp)
    guard spawned == 0 else {
      throw Tmux.Failure(description: "cannot start \(path): error \(spawned)")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}

    let exited = (status & 0x7f) == 0
    return Result(
      status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f),
      output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
      errors: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
  }
}

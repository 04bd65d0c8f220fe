import Foundation

/// The built `descent` executable, run as a child process, as a user would run it.
enum Binary {
  /// `descent` sits beside the test bundle in the build folder.
  static var url: URL {
    let folder = Bundle.main.bundleURL.deletingLastPathComponent()
    let beside = folder.appendingPathComponent("descent")
    if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
    return Bundle.main.bundleURL.appendingPathComponent("descent")
  }

  /// The package's root folder, where `lessons/` lives.
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
  }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs `descent` with `arguments`, feeding `input` on stdin, from the package root.
  static func run(
    _ arguments: [String], input: String = "", environment: [String: String] = [:]
  ) throws -> Result {
    var variables = ProcessInfo.processInfo.environment
    variables.merge(environment) { _, new in new }
    let result = try Spawn.run(
      url.path, arguments, environment: variables, input: input, directory: packageRoot.path)
    return Result(status: result.status, stdout: result.output, stderr: result.errors)
  }
}

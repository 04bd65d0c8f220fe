import Foundation

/// The reference column of the training case: `bench/numpy_step.py` and
/// `bench/peak_dgemm.py`, run with `python3` from the package's `bench/` folder.
struct NumpyReference {
  /// The folder holding the scripts.
  let folder: URL

  /// Why there is no reference column, when there is none.
  struct Unavailable: Error, CustomStringConvertible {
    var description: String
  }

  /// Finds `bench/` in the current folder or beside the executable or above it, and checks
  /// that python3 can import numpy.
  static func locate() throws(Unavailable) -> NumpyReference {
    var candidates = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
    let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
      .resolvingSymlinksInPath()
    var folder = executable.deletingLastPathComponent()
    for _ in 0..<6 {
      candidates.append(folder)
      folder = folder.deletingLastPathComponent()
    }
    guard
      let base = candidates.first(where: {
        FileManager.default.fileExists(
          atPath: $0.appendingPathComponent("bench/numpy_step.py").path)
      })
    else {
      throw Unavailable(description: "bench/numpy_step.py not found; run from the package folder")
    }

    let check: Spawn.Result
    do throws(BenchFailure) {
      check = try Spawn.run("python3", ["-c", "import numpy"])
    } catch {
      throw Unavailable(description: "python3 not found")
    }
    guard check.status == 0 else {
      throw Unavailable(description: "python3 cannot import numpy")
    }
    return NumpyReference(folder: base.appendingPathComponent("bench"))
  }

  /// Iterations a second of numpy's step on `dataset` (`digits` or `synthetic`), timed for
  /// about `seconds`.
  func iterationsPerSecond(dataset: String, seconds: Double, withCost: Bool) throws(Unavailable)
    -> Double
  {
    let arguments = [dataset, String(seconds)] + (withCost ? [] : ["--no-cost"])
    return try number("iterations_per_second", from: run("numpy_step.py", arguments))
  }

  /// J after `steps` steps of numpy's step from w = 0, b = 0.
  func cost(dataset: String, steps: Int) throws(Unavailable) -> Double {
    try number("cost", from: run("numpy_step.py", [dataset, "--steps", String(steps)]))
  }

  /// numpy's one-thread dgemm rate in operations a second: the reference peak.
  func peakOperationsPerSecond(seconds: Double) throws(Unavailable) -> Double {
    try number("gflops", from: run("peak_dgemm.py", [String(seconds)])) * 1e9
  }

  private func run(_ script: String, _ arguments: [String]) throws(Unavailable) -> [String: Any] {
    let path = folder.appendingPathComponent(script).path
    let result: Spawn.Result
    do throws(BenchFailure) {
      result = try Spawn.run("python3", [path] + arguments)
    } catch {
      throw Unavailable(description: error.description)
    }
    guard result.status == 0 else {
      let reason = result.errors.split(separator: "\n").last.map(String.init) ?? "no message"
      throw Unavailable(description: "\(script) failed: \(reason)")
    }
    guard let data = result.output.data(using: .utf8),
      let object = try? JSONSerialization.jsonObject(with: data),
      let fields = object as? [String: Any]
    else {
      throw Unavailable(description: "\(script) printed no JSON object")
    }
    return fields
  }

  private func number(_ key: String, from fields: [String: Any]) throws(Unavailable) -> Double {
    guard let value = fields[key] as? Double else {
      throw Unavailable(description: "the reference printed no '\(key)'")
    }
    return value
  }
}

import Foundation

/// Finds the `lessons/` folder: the lesson files and, in `lessons/data/`, the data sets.
///
/// Looked for, in order: `$DESCENT_LESSONS`; `lessons/` in the current folder; `lessons/`
/// beside the executable or in any folder above it (a build inside the source tree puts the
/// binary at `.build/<triple>/<configuration>/descent`).
public enum LessonsDirectory {
  public static func locate(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    currentDirectory: String = FileManager.default.currentDirectoryPath,
    executablePath: String = CommandLine.arguments.first ?? ""
  ) -> URL? {
    if let explicit = environment["DESCENT_LESSONS"], !explicit.isEmpty {
      return URL(fileURLWithPath: explicit, isDirectory: true)
    }

    var candidates = [URL(fileURLWithPath: currentDirectory, isDirectory: true)]
    let executable = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
    var folder = executable.deletingLastPathComponent()
    for _ in 0..<6 {
      candidates.append(folder)
      folder = folder.deletingLastPathComponent()
    }

    for base in candidates {
      let lessons = base.appendingPathComponent("lessons", isDirectory: true)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: lessons.path, isDirectory: &isDirectory),
        isDirectory.boolValue
      {
        return lessons
      }
    }
    return nil
  }

  /// `lessons/data/`, where the data sets named `digits` and `breast-cancer` live.
  public static func dataDirectory(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> URL? {
    locate(environment: environment)?.appendingPathComponent("data", isDirectory: true)
  }
}

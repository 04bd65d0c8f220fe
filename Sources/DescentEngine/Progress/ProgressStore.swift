import Foundation

/// Reads and writes `StudentProgress` as JSON in one file, by default
/// `$XDG_STATE_HOME/descent/progress.json` (`~/.local/state/descent/progress.json` when
/// `XDG_STATE_HOME` is unset).
///
/// Never throws and never stops the tutor: every failure becomes a `ProgressNotice` to show.
/// Writes are atomic: the JSON goes to a temporary file beside the real one, which is then
/// renamed over it, so a crash mid-write leaves the old file whole.
public struct ProgressStore: Sendable {
  /// The progress file.
  public let file: URL

  public init(file: URL) {
    self.file = file
  }

  /// The store at the default place for this environment.
  public init(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    home: String = NSHomeDirectory()
  ) {
    self.init(file: Self.defaultFile(environment: environment, home: home))
  }

  /// `$XDG_STATE_HOME/descent/progress.json`, or `HOME/.local/state/descent/progress.json`
  /// when `XDG_STATE_HOME` is unset, empty or not absolute (as the XDG rules ask).
  public static func defaultFile(environment: [String: String], home: String) -> URL {
    let state: URL
    if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
      state = URL(fileURLWithPath: xdg, isDirectory: true)
    } else {
      let base = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home
      state = URL(fileURLWithPath: base, isDirectory: true)
        .appendingPathComponent(".local/state", isDirectory: true)
    }
    return state.appendingPathComponent("descent/progress.json")
  }

  /// Where an unreadable progress file is moved: `progress.json.corrupt`.
  public var corruptFile: URL { file.appendingPathExtension("corrupt") }

  /// Where a save writes before renaming: `progress.json.tmp-PID` beside the file.
  public var temporaryFile: URL {
    file.deletingLastPathComponent()
      .appendingPathComponent("\(file.lastPathComponent).tmp-\(getpid())")
  }

  /// What a load found: the progress (fresh when there is none to read) and what to tell the
  /// student.
  public struct Loaded: Sendable {
    public var progress: StudentProgress
    public var notices: [ProgressNotice]
  }

  /// Reads the progress. A missing file gives fresh progress. A file that is not valid
  /// progress is moved to `corruptFile` and reported. A folder that cannot be written is
  /// reported as `.notSaved`, so the tutor can say so from the start.
  public func load() -> Loaded {
    var notices: [ProgressNotice] = []
    if let problem = prepareFolder() { notices.append(.notSaved(reason: problem)) }

    let manager = FileManager.default
    guard manager.fileExists(atPath: file.path) else {
      return Loaded(progress: StudentProgress(), notices: notices)
    }
    let reason: String
    if let data = manager.contents(atPath: file.path) {
      do {
        let progress = try JSONDecoder().decode(StudentProgress.self, from: data)
        if progress.version == StudentProgress.currentVersion {
          return Loaded(progress: progress, notices: notices)
        }
        reason = "it is version \(progress.version); this descent reads version 1"
      } catch {
        reason = data.isEmpty ? "it is empty" : "it is not valid progress JSON"
      }
    } else {
      reason = "it cannot be read"
    }
    notices.insert(.corrupt(keptAs: moveAside(), reason: reason), at: 0)
    return Loaded(progress: StudentProgress(), notices: notices)
  }

  /// Writes `progress` atomically. Returns `nil` when it was saved, or the notice to show.
  @discardableResult
  public func save(_ progress: StudentProgress) -> ProgressNotice? {
    if let problem = prepareFolder() { return .notSaved(reason: problem) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    do {
      let data = try encoder.encode(progress)
      try data.write(to: temporaryFile)
    } catch {
      try? FileManager.default.removeItem(at: temporaryFile)
      return .notSaved(reason: "cannot write \(temporaryFile.path)")
    }
    guard rename(temporaryFile.path, file.path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporaryFile)
      return .notSaved(reason: "cannot replace \(file.path): \(reason)")
    }
    return nil
  }

  /// Creates the folder if needed; a reason when it cannot be created or written.
  private func prepareFolder() -> String? {
    let folder = file.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      return "cannot create the folder \(folder.path)"
    }
    guard FileManager.default.isWritableFile(atPath: folder.path) else {
      return "the folder \(folder.path) is not writable"
    }
    return nil
  }

  /// Moves the unreadable file to `corruptFile`, replacing an older one; `nil` if it cannot.
  private func moveAside() -> URL? {
    guard rename(file.path, corruptFile.path) == 0 else { return nil }
    return corruptFile
  }
}

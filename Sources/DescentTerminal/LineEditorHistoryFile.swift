import Foundation

/// Where the REPL keeps the lines typed at it between runs:
/// `$XDG_STATE_HOME/descent/history`, or `~/.local/state/descent/history` when
/// `XDG_STATE_HOME` is unset, empty or not an absolute path (as the XDG base directory
/// specification asks).
public enum LineEditorHistoryFile {
  public static func path(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String?
  {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/descent/history"
    }
    guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
    return home + "/.local/state/descent/history"
  }

  /// Creates the history's folder if needed; returns why it could not, or nil.
  static func prepareFolder(for path: String) -> String? {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      return nil
    } catch {
      return "cannot create \(folder.path): \(error.localizedDescription)"
    }
  }
}

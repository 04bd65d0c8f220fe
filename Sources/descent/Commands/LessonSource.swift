import DescentEngine
import Foundation

/// Where lessons are read from: a folder of `.lesson` files, or one file, each with the name
/// that messages give it.
enum LessonSource {
  case folder(URL, name: String)
  case file(URL, name: String)

  /// How messages name the source.
  var name: String {
    switch self {
    case .folder(_, let name), .file(_, let name): name
    }
  }

  /// The sources named on the command line; with none, the lessons folder.
  static func resolve(_ paths: [String]) throws(CommandError) -> [LessonSource] {
    guard !paths.isEmpty else { return [try lessonsFolder()] }
    return try paths.map { (path) throws(CommandError) -> LessonSource in
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw .input("no such lesson file or folder: \(path)")
      }
      let url = URL(fileURLWithPath: path)
      if isDirectory.boolValue {
        let name = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        return .folder(url, name: name)
      }
      return .file(url, name: path)
    }
  }

  /// The lessons folder that `LessonsDirectory.locate()` finds, named relative to the
  /// working folder when it lies inside it.
  static func lessonsFolder() throws(CommandError) -> LessonSource {
    guard let folder = LessonsDirectory.locate() else {
      throw .input(
        "cannot find the lessons folder; run descent from the project folder "
          + "or set DESCENT_LESSONS")
    }
    let here = FileManager.default.currentDirectoryPath
    let path = folder.standardizedFileURL.path
    let name = path.hasPrefix(here + "/") ? String(path.dropFirst(here.count + 1)) : path
    return .folder(folder, name: name.hasSuffix("/") ? String(name.dropLast()) : name)
  }
}

import Foundation
import Synchronization

/// Whether a CSV data set a lesson names loads, worked out once per file.
///
/// A playground or image whose file exists but cannot be loaded (rows of words, a bad field,
/// a label that is not 0 or 1, a file that is not data at all) would fail only when the
/// student reached it; loading it while the lesson is read reports it at the `dataset:`
/// parameter instead. Several widgets and lessons often name the same file, so the answer is
/// kept per path, size and modification time: a file edited since is loaded again.
enum LessonDatasetCheck {
  private struct Key: Hashable {
    var path: String
    var size: Int
    var modified: Double
  }

  private static let answers = Mutex<[Key: DataError?]>([:])

  /// The loader's error for the CSV file at `url`, named in it as `written`; nil when it
  /// loads.
  static func problem(loading url: URL, writtenAs written: String) -> DataError? {
    let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
    let key = Key(
      path: url.standardizedFileURL.path,
      size: (attributes?[.size] as? NSNumber)?.intValue ?? -1,
      modified: (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
    if let known = answers.withLock({ $0[key] }) {
      return known.map { renamed($0, to: written) }
    }

    var found: DataError?
    do {
      _ = try DataSplit.load(.csv(path: key.path, scaled: false), dataDirectory: nil)
    } catch {
      found = error
    }
    answers.withLock { $0[key] = found }
    return found.map { renamed($0, to: written) }
  }

  /// The error naming the file as the lesson writes it.
  private static func renamed(_ error: DataError, to written: String) -> DataError {
    var error = error
    error.file = written
    return error
  }
}

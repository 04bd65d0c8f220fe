import DescentEngine
import Foundation
import Testing

@Suite("saving progress")
struct ProgressStoreTests {
  /// A store in a fresh folder of its own.
  func freshStore() throws -> (ProgressStore, URL) {
    let folder = try LessonFixture.temporaryFolder()
    return (ProgressStore(file: folder.appendingPathComponent("descent/progress.json")), folder)
  }

  @Test("finds the file under XDG_STATE_HOME, else under ~/.local/state")
  func defaultFile() {
    #expect(
      ProgressStore.defaultFile(environment: ["XDG_STATE_HOME": "/s"], home: "/h").path
        == "/s/descent/progress.json")
    #expect(
      ProgressStore.defaultFile(environment: ["HOME": "/home/ada"], home: "/h").path
        == "/home/ada/.local/state/descent/progress.json")
    #expect(
      ProgressStore.defaultFile(environment: ["XDG_STATE_HOME": "relative"], home: "/h").path
        == "/h/.local/state/descent/progress.json")
  }

  @Test("a first run starts fresh, with no notice")
  func firstRun() throws {
    let (store, folder) = try freshStore()
    defer { try? FileManager.default.removeItem(at: folder) }
    let loaded = store.load()
    #expect(loaded.progress == StudentProgress())
    #expect(loaded.notices == [])
  }

  @Test("what is saved loads back, and the write leaves no temporary file")
  func roundTrip() throws {
    let (store, folder) = try freshStore()
    defer { try? FileManager.default.removeItem(at: folder) }
    var progress = StudentProgress()
    progress.move(toLesson: "the-model", step: 4)
    progress.finish("images-as-vectors")
    progress.answer(lesson: "the-model", step: 5, choice: 3, correct: false)
    progress.answer(lesson: "the-model", step: 5, choice: 1, correct: true)

    #expect(store.save(progress) == nil)
    progress.move(toLesson: "the-model", step: 6)
    #expect(store.save(progress) == nil)

    #expect(store.load().progress == progress)
    #expect(store.load().notices == [])
    let names = try FileManager.default.contentsOfDirectory(
      atPath: store.file.deletingLastPathComponent().path)
    #expect(names == ["progress.json"])
  }

  @Test("a write that fails leaves the old file whole")
  func atomicWrite() throws {
    let (store, folder) = try freshStore()
    defer { try? FileManager.default.removeItem(at: folder) }
    var progress = StudentProgress()
    progress.move(toLesson: "loss-and-cost", step: 2)
    #expect(store.save(progress) == nil)

    // A folder where the temporary file should go makes the write fail half-way.
    try FileManager.default.createDirectory(
      at: store.temporaryFile, withIntermediateDirectories: false)
    var newer = progress
    newer.move(toLesson: "gradient-descent", step: 0)
    let notice = try #require(store.save(newer))
    #expect(notice.description.hasPrefix("progress is not saved: "))
    #expect(store.load().progress == progress)
  }

  @Test("a corrupt file is kept aside as progress.json.corrupt and the tutor starts fresh")
  func corruptFile() throws {
    let (store, folder) = try freshStore()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: store.file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data("{\"lesson\": \"the-mo".utf8).write(to: store.file)

    let loaded = store.load()
    #expect(loaded.progress == StudentProgress())
    #expect(
      loaded.notices == [
        .corrupt(keptAs: store.corruptFile, reason: "it is not valid progress JSON")
      ])
    #expect(
      loaded.notices.first?.description
        == "the progress file could not be read (it is not valid progress JSON); it was kept as "
        + "\(store.corruptFile.path) and the tutor starts fresh")
    #expect(!FileManager.default.fileExists(atPath: store.file.path))
    let kept = try #require(FileManager.default.contents(atPath: store.corruptFile.path))
    #expect(String(decoding: kept, as: UTF8.self) == "{\"lesson\": \"the-mo")

    // The next load is a clean fresh start.
    #expect(store.load().notices == [])
  }

  @Test("a folder that cannot be created means 'progress is not saved', not a crash")
  func unwritableFolder() throws {
    let folder = try LessonFixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // A plain file stands where the state folder should be, so nothing can be made inside it.
    let blocker = folder.appendingPathComponent("state")
    try Data("not a folder".utf8).write(to: blocker)
    let store = ProgressStore(environment: ["XDG_STATE_HOME": blocker.path], home: "/nowhere")

    let loaded = store.load()
    #expect(loaded.progress == StudentProgress())
    #expect(
      loaded.notices == [
        .notSaved(reason: "cannot create the folder \(blocker.path)/descent")
      ])
    #expect(loaded.notices.first?.description.hasPrefix("progress is not saved: ") == true)
    #expect(store.save(StudentProgress()) == loaded.notices.first)
  }
}

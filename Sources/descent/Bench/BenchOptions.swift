import Foundation

/// The options of `descent bench`, checked, and the run itself.
struct BenchOptions {
  enum Case: String, CaseIterable {
    case training, frame, rest, start, memory
  }

  var cases: [Case]
  var quick: Bool
  var unicode: Bool

  init(_ words: [String], environment: [String: String] = ProcessInfo.processInfo.environment)
    throws(CommandError)
  {
    let arguments = try Arguments(words, valued: ["only"], flags: ["quick", "ascii"])
    if let stray = arguments.positional.first {
      throw .usage("bench takes only options, not '\(stray)'; see 'descent help bench'")
    }
    if let name = arguments.string("only") {
      guard let chosen = Case(rawValue: name) else {
        let names = Case.allCases.map(\.rawValue).joined(separator: ", ")
        throw .usage("--only takes one of \(names), not '\(name)'")
      }
      cases = [chosen]
    } else {
      cases = Case.allCases
    }
    quick = arguments.has("quick")
    let locale = environment["LC_ALL"] ?? environment["LC_CTYPE"] ?? environment["LANG"] ?? ""
    let utf8 = locale.lowercased().replacingOccurrences(of: "-", with: "").contains("utf8")
    unicode = utf8 && !arguments.has("ascii")
  }

  func run() throws -> Int32 {
    let machine = MachineInfo.current()
    let home = FileManager.default.temporaryDirectory
      .appendingPathComponent("descent-bench-home-\(getpid())")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }

    var sections: [BenchSection] = []
    for benchCase in cases {
      progress("measuring \(benchCase.rawValue)...")
      sections.append(section(benchCase, home: home.path))
    }

    let table = BenchTable(rows: sections.flatMap(\.rows), unicode: unicode)
    var lines = machine.lines
    if quick { lines.append("quick run: short measurements, rough figures") }
    lines += ["", table.text, ""]
    lines += sections.flatMap(\.notes).map { "- " + table.ascii($0) }
    print(lines.map(table.ascii).joined(separator: "\n"))
    return 0
  }

  private func section(_ benchCase: Case, home: String) -> BenchSection {
    switch benchCase {
    case .training:
      TrainingBench(seconds: quick ? 0.3 : 2, round: quick ? 1 : 100, rounds: quick ? 1 : 3).run()
    case .frame: FrameBench(frames: quick ? 20 : 300, longHistory: quick ? 10_000 : 1_000_000).run()
    case .rest: RestBench(seconds: quick ? 1 : 10, home: home).run()
    case .start: StartBench(launches: quick ? 1 : 7, home: home).run()
    case .memory: MemoryBench(seconds: quick ? 1 : 10, home: home).run()
    }
  }

  /// A line on stderr while a case runs, so that a long run shows it is alive.
  private func progress(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }
}

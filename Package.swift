// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "descent",
  products: [
    .executable(name: "descent", targets: ["descent"]),
    .library(name: "DescentEngine", targets: ["DescentEngine"]),
  ],
  targets: [
    // The engine: graph, derivatives, model, trainer, data, lessons, polls, progress, REPL
    // statements. Standard library and Foundation only; no terminal code.
    .target(name: "DescentEngine", swiftSettings: engineSettings),

    // Views as state + events + update + render onto a `Screen`; no curses here either.
    .target(name: "DescentUI", dependencies: ["DescentEngine"]),

    // ncursesw through the wide API, behind a shim header. The module map links it; its
    // pkg-config flags (-D_DEFAULT_SOURCE …) are ones SwiftPM refuses with a warning.
    .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),

    // BSD editline for the REPL's line editing and history.
    .systemLibrary(name: "CEditline", providers: [.apt(["libedit-dev"])]),

    // The signal handlers and their self-pipe, compiled once.
    .target(name: "CDescentSignals"),

    // The one place that talks to the terminal.
    .target(
      name: "DescentTerminal",
      dependencies: ["DescentUI", "CNcursesw", "CEditline", "CDescentSignals"]
    ),

    .executableTarget(
      name: "descent",
      dependencies: ["DescentEngine", "DescentUI", "DescentTerminal"]
    ),

    .testTarget(
      name: "DescentEngineTests",
      dependencies: ["DescentEngine"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "DescentUITests",
      dependencies: ["DescentUI", "DescentEngine"],
      resources: [.copy("Golden")]
    ),
    // Runs the built `descent` binary inside tmux and reads the screen back.
    .testTarget(name: "DescentTerminalTests", dependencies: ["descent"]),
  ],
  swiftLanguageModes: [.v6]
)

/// Release builds on x86-64 compile the engine for AVX2 and FMA (Intel Haswell, AMD
/// Excavator and later): the fused training step runs about twice as fast as on the baseline
/// instruction set. `DESCENT_PORTABLE=1 swift build -c release` builds for any x86-64
/// processor instead. Debug builds are always portable.
var engineSettings: [SwiftSetting] {
  // The engine's SIMD training step is a hundred times slower unoptimised, which makes the
  // tutor crawl in a debug build (and the tests that drive it); optimise it always.
  let optimised: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]
  #if arch(x86_64)
    if Context.environment["DESCENT_PORTABLE"] == nil {
      return optimised + [
        .unsafeFlags(["-target-cpu", "haswell"], .when(configuration: .release)),
        .define("DESCENT_FMA", .when(configuration: .release)),
      ]
    }
  #endif
  return optimised
}

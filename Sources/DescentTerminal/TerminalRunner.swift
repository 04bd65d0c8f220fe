import DescentUI
import Foundation

/// Runs a `View` on the real terminal until it quits or a signal ends it, and gives the
/// terminal back as it was on every way out.
///
/// The loop: render the whole screen from the view's state, then sleep in `poll` on the
/// keyboard and the signal pipe, for as long as the view's `frameInterval` allows (forever
/// when it is nil, so a paused screen uses no CPU), then turn what woke it into events:
/// keys, a resize, a tick, or a signal that ends the run.
public enum TerminalRunner {
  /// How a run ended.
  public enum Ending: Sendable, Equatable {
    /// The view asked to quit (`q`), or Ctrl-C arrived as a key.
    case quit
    /// SIGINT, SIGTERM or SIGHUP arrived.
    case signal(Int32)

    /// The conventional exit status: 0 for quit, 128 + the signal's number otherwise.
    public var exitStatus: Int32 {
      switch self {
      case .quit: 0
      case .signal(let number): 128 + number
      }
    }
  }

  public struct Options: Sendable {
    /// Draw with ASCII glyphs even on a UTF-8 terminal.
    public var ascii: Bool
    public var environment: [String: String]

    public init(
      ascii: Bool = false, environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
      self.ascii = ascii
      self.environment = environment
    }
  }

  /// Runs `view` and returns its final state (to save progress from) and how it ended.
  /// Throws `.notATerminal` before touching the screen when there is no usable terminal.
  public static func run<Content: View>(_ view: Content, options: Options = Options())
    throws(TerminalError) -> (view: Content, ending: Ending)
  {
    try TerminalCheck.verify(environment: options.environment)
    let utf8 = TerminalCheck.adoptLocale()
    let glyphs = (utf8 && !options.ascii) ? Glyphs.unicode : Glyphs.ascii
    let noColour = !(options.environment["NO_COLOR"] ?? "").isEmpty

    let signals = try SignalWatch()
    defer { signals.restore() }
    let screen = try CursesScreen(colours: !noColour)
    defer { screen.end() }

    var shell = Shell(content: view, size: screen.size)
    let stamp = FirstFrameStamp(environment: options.environment)
    let ending = loop(&shell, screen: screen, signals: signals, glyphs: glyphs, stamp: stamp)
    return (shell.content, ending)
  }

  private static func loop<Content: View>(
    _ shell: inout Shell<Content>, screen: CursesScreen, signals: SignalWatch, glyphs: Glyphs,
    stamp: FirstFrameStamp
  ) -> Ending {
    var stamp = stamp
    let clock = ContinuousClock()
    var nextTick: ContinuousClock.Instant?

    while true {
      shell.render(on: screen, glyphs: glyphs)
      screen.show()
      stamp.frameShown()

      let interval = shell.frameInterval
      if let interval {
        nextTick = nextTick ?? clock.now.advanced(by: interval)
      } else {
        nextTick = nil
      }
      let hungUp = wait(for: [STDIN_FILENO, signals.descriptor], until: nextTick, clock: clock)

      var events: [Event] = []
      for number in signals.take() {
        if number == SIGWINCH {
          events.append(.resize(screen.updateSize()))
        } else {
          return .signal(number)
        }
      }
      if hungUp { return .signal(SIGHUP) }
      for key in screen.readKeys() {
        events.append(key.map(Event.key) ?? .resize(screen.updateSize()))
      }
      if let tick = nextTick, let interval, clock.now >= tick {
        events.append(.tick)
        // Skip ticks that are already late rather than running them back to back.
        let following = tick.advanced(by: interval)
        nextTick = following > clock.now ? following : clock.now.advanced(by: interval)
      }

      for event in events where shell.handle(event) == .quit {
        return .quit
      }
    }
  }

  /// Sleeps until a descriptor is readable, a signal interrupts, or `deadline` passes.
  /// Returns true when the first descriptor (the keyboard) has gone away, which would
  /// otherwise wake every poll at once.
  private static func wait(
    for descriptors: [Int32], until deadline: ContinuousClock.Instant?, clock: ContinuousClock
  ) -> Bool {
    var timeout: Int32 = -1
    if let deadline {
      let left = clock.now.duration(to: deadline)
      let milliseconds =
        left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000
      timeout = Int32(clamping: max(milliseconds, 0))
      if timeout == 0 && left > .zero { timeout = 1 }
    }
    var entries = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
    guard poll(&entries, nfds_t(entries.count), timeout) > 0 else { return false }
    return entries[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
  }
}

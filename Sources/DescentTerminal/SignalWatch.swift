import CDescentSignals
import Foundation

/// Catches SIGINT, SIGTERM, SIGHUP and SIGWINCH while the screen is up, through a
/// self-pipe: the handler (in the C shim) only writes the signal's number to a pipe, and
/// the event loop reads it, so that all the real work (restoring the terminal, laying out
/// again) happens outside the handler.
///
/// The handler and its pipe live in the `CDescentSignals` target, compiled once.
final class SignalWatch {
  /// The pipe's read end, to poll beside the keyboard.
  let descriptor: Int32
  /// The handlers that were installed before, to put back.
  private let saved: UnsafeMutablePointer<sigaction>

  /// Installs the handlers. Do this before curses starts, so curses leaves them alone.
  init() throws(TerminalError) {
    let count = Int(descent_signal_count)
    saved = UnsafeMutablePointer<sigaction>.allocate(capacity: count)
    saved.initialize(repeating: sigaction(), count: count)
    let descriptor = descent_signal_install(saved)
    guard descriptor >= 0 else {
      saved.deallocate()
      throw .cannotStart("cannot create a pipe for signals: \(String(cString: strerror(errno)))")
    }
    self.descriptor = descriptor
  }

  /// Every signal that arrived since the last call, oldest first.
  func take() -> [Int32] {
    var signals: [Int32] = []
    while true {
      let number = descent_signal_take()
      if number == 0 { return signals }
      signals.append(number)
    }
  }

  /// Puts back the handlers that were there before.
  func restore() {
    descent_signal_restore(saved)
  }

  deinit {
    saved.deallocate()
  }
}

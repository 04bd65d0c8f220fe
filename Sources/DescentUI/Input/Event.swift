/// Everything that can happen to a view: a key, a timer tick, a new screen size.
public enum Event: Sendable, Hashable {
  case key(Key)
  /// The view asked for ticks (`View.frameInterval`) and one interval has passed.
  case tick
  /// The screen has a new size; the next render lays out for it.
  case resize(Size)
}

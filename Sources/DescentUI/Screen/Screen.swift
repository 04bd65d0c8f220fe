/// A grid of character cells that views draw on.
///
/// Views never talk to the terminal: they draw through this protocol (usually by way of a
/// `Canvas`), and the terminal layer provides the one implementation that writes to curses.
/// `MemoryScreen` is the in-memory twin that tests read back as text.
///
/// Every `Character` occupies one cell: the glyphs the views use (Latin, Greek, box drawing,
/// braille, shades) are all one cell wide on the terminals this program supports.
public protocol Screen: AnyObject {
  /// The size of the whole screen in cells.
  var size: Size { get }

  /// Blanks every cell and hides the cursor.
  func clear()

  /// Writes `text` from `position` to the right on one row, clipping at the right edge.
  /// Writes outside the screen are dropped; `text` must not contain newlines.
  func put(_ text: String, at position: Position, style: Style)

  /// Shows the text cursor at `position` (for a line being typed), or hides it when nil.
  func setCursor(_ position: Position?)
}

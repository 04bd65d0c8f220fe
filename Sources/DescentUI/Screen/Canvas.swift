/// A rectangle of a `Screen` that one view draws in, with the glyph set to draw with.
///
/// Coordinates are relative to the rectangle's top-left corner and everything is clipped to
/// the rectangle, so a view can be placed anywhere (the whole screen in `descent play`, a
/// panel of a lesson in the tutor) without knowing where it is.
public struct Canvas {
  public let screen: any Screen
  /// Where the rectangle's top-left corner is on the screen.
  public let origin: Position
  public let size: Size
  public let glyphs: Glyphs

  /// The whole of `screen`.
  public init(screen: any Screen, glyphs: Glyphs) {
    self.init(
      screen: screen, origin: Position(row: 0, column: 0), size: screen.size, glyphs: glyphs)
  }

  public init(screen: any Screen, origin: Position, size: Size, glyphs: Glyphs) {
    self.screen = screen
    self.origin = origin
    self.size = Size(rows: max(size.rows, 0), columns: max(size.columns, 0))
    self.glyphs = glyphs
  }

  public var rows: Int { size.rows }
  public var columns: Int { size.columns }

  /// Writes `text` at (`row`, `column`) of this rectangle, clipped to it on every side. With
  /// the ASCII glyphs, the text is transliterated first (`α` becomes `alpha`).
  public func put(_ text: String, row: Int, column: Int, style: Style = .plain) {
    guard row >= 0, row < size.rows, column < size.columns, !text.isEmpty else { return }
    var visible = Substring(glyphs.transliterate(text))
    var start = column
    if start < 0 {
      visible = visible.dropFirst(-start)
      start = 0
    }
    visible = visible.prefix(size.columns - start)
    guard !visible.isEmpty else { return }
    screen.put(
      String(visible), at: Position(row: origin.row + row, column: origin.column + start),
      style: style)
  }

  /// Writes pieces of differently styled text one after another on a row.
  public func put(_ runs: [(String, Style)], row: Int, column: Int) {
    var at = column
    for (text, style) in runs {
      put(text, row: row, column: at, style: style)
      at += width(of: text)
    }
  }

  /// How many cells `text` takes when drawn on this canvas (after transliteration).
  public func width(of text: String) -> Int {
    glyphs.transliterate(text).count
  }

  /// Writes `text` centred on a row, cut to the width.
  public func putCentered(_ text: String, row: Int, style: Style = .plain) {
    let column = max((size.columns - width(of: text)) / 2, 0)
    put(text, row: row, column: column, style: style)
  }

  /// Fills a whole row with blanks, in `style` (reverse styles show as a bar).
  public func blank(row: Int, style: Style = .plain) {
    put(String(repeating: " ", count: size.columns), row: row, column: 0, style: style)
  }

  /// Blanks the whole rectangle, so that what is under it (an overlay's background) goes.
  public func blankAll() {
    for row in 0..<size.rows { blank(row: row) }
  }

  /// Places the text cursor at a cell of this rectangle.
  public func setCursor(row: Int, column: Int) {
    let row = min(max(row, 0), max(size.rows - 1, 0))
    let column = min(max(column, 0), max(size.columns - 1, 0))
    screen.setCursor(Position(row: origin.row + row, column: origin.column + column))
  }

  /// A smaller rectangle inside this one; the part outside this rectangle is cut off.
  public func region(row: Int, column: Int, rows: Int, columns: Int) -> Canvas {
    let top = min(max(row, 0), size.rows)
    let left = min(max(column, 0), size.columns)
    let height = min(max(rows, 0), size.rows - top)
    let width = min(max(columns, 0), size.columns - left)
    return Canvas(
      screen: screen, origin: Position(row: origin.row + top, column: origin.column + left),
      size: Size(rows: height, columns: width), glyphs: glyphs)
  }

  /// Draws a frame around the edge of this rectangle with an optional title in its top edge.
  public func box(title: String? = nil, style: Style = .plain) {
    guard size.rows >= 2, size.columns >= 2 else { return }
    let g = glyphs
    let inner = size.columns - 2
    let horizontal = String(repeating: g.horizontal, count: inner)
    put(g.topLeft + horizontal + g.topRight, row: 0, column: 0, style: style)
    put(g.bottomLeft + horizontal + g.bottomRight, row: size.rows - 1, column: 0, style: style)
    for row in 1..<(size.rows - 1) {
      put(g.vertical, row: row, column: 0, style: style)
      put(g.vertical, row: row, column: size.columns - 1, style: style)
    }
    if let title, inner > 2 {
      put(" " + String(title.prefix(inner - 2)) + " ", row: 0, column: 1, style: .strong)
    }
  }

  /// The rectangle inside a `box()` frame.
  public var inside: Canvas {
    region(row: 1, column: 1, rows: size.rows - 2, columns: size.columns - 2)
  }
}

/// A `Screen` that keeps its cells in memory, for tests and benchmarks.
///
/// `lines` reads the screen back as text (trailing blanks removed), which is what golden
/// files store; `style(at:)` tells how a cell was drawn.
public final class MemoryScreen: Screen {
  public private(set) var size: Size
  public private(set) var cursor: Position?
  private var cells: [Character]
  private var styles: [Style]

  public init(rows: Int, columns: Int) {
    size = Size(rows: max(rows, 0), columns: max(columns, 0))
    cells = Array(repeating: " ", count: size.rows * size.columns)
    styles = Array(repeating: .plain, count: size.rows * size.columns)
  }

  /// Changes the size and blanks the screen, as a terminal resize does.
  public func resize(rows: Int, columns: Int) {
    size = Size(rows: max(rows, 0), columns: max(columns, 0))
    cells = Array(repeating: " ", count: size.rows * size.columns)
    styles = Array(repeating: .plain, count: size.rows * size.columns)
    cursor = nil
  }

  public func clear() {
    // One exclusive access for the whole loop, not one a cell: this runs every frame.
    cells.withUnsafeMutableBufferPointer { cells in
      for index in cells.indices { cells[index] = " " }
    }
    styles.withUnsafeMutableBufferPointer { styles in
      for index in styles.indices { styles[index] = .plain }
    }
    cursor = nil
  }

  public func put(_ text: String, at position: Position, style: Style) {
    guard position.row >= 0, position.row < size.rows else { return }
    let base = position.row * size.columns
    let columns = size.columns
    var column = position.column
    cells.withUnsafeMutableBufferPointer { cells in
      styles.withUnsafeMutableBufferPointer { styles in
        for character in text {
          if column >= columns { break }
          if column >= 0 {
            cells[base + column] = character
            styles[base + column] = style
          }
          column += 1
        }
      }
    }
  }

  public func setCursor(_ position: Position?) {
    cursor = position
  }

  /// One string per row, trailing blanks removed.
  public var lines: [String] {
    (0..<size.rows).map { row in
      var line = String(cells[(row * size.columns)..<((row + 1) * size.columns)])
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  /// The rows joined with newlines, each row's trailing blanks removed.
  public var text: String { lines.joined(separator: "\n") }

  /// The character in one cell.
  public func character(at position: Position) -> Character {
    guard contains(position) else { return " " }
    return cells[position.row * size.columns + position.column]
  }

  /// How one cell was drawn.
  public func style(at position: Position) -> Style {
    guard contains(position) else { return .plain }
    return styles[position.row * size.columns + position.column]
  }

  private func contains(_ position: Position) -> Bool {
    position.row >= 0 && position.row < size.rows && position.column >= 0
      && position.column < size.columns
  }
}

/// A grid of dots, two across and four down per character cell, as braille patterns draw
/// them. `x` counts dot columns from the left, `y` dot rows from the top.
public struct DotGrid: Sendable {
  /// Size in cells.
  public let cellColumns: Int
  public let cellRows: Int
  private var bits: [UInt8]

  public init(cellColumns: Int, cellRows: Int) {
    self.cellColumns = max(cellColumns, 0)
    self.cellRows = max(cellRows, 0)
    bits = Array(repeating: 0, count: self.cellColumns * self.cellRows)
  }

  public var width: Int { cellColumns * 2 }
  public var height: Int { cellRows * 4 }

  /// Braille's dot bits, indexed [y % 4][x % 2].
  private static let dotBit: [[UInt8]] = [
    [0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80],
  ]

  /// Sets one dot; dots outside the grid are ignored.
  public mutating func set(x: Int, y: Int) {
    guard x >= 0, x < width, y >= 0, y < height else { return }
    bits[(y / 4) * cellColumns + x / 2] |= Self.dotBit[y % 4][x % 2]
  }

  /// Sets the dots from `y0` to `y1` (either order) in dot column `x`.
  public mutating func setColumn(x: Int, from y0: Int, to y1: Int) {
    guard x >= 0, x < width else { return }
    let top = max(min(y0, y1), 0)
    let bottom = min(max(y0, y1), height - 1)
    guard top <= bottom else { return }
    for y in top...bottom { set(x: x, y: y) }
  }

  /// The dots of one cell, as a braille pattern's low byte (see `Glyphs.plotCell`).
  public func dots(row: Int, column: Int) -> UInt8 {
    guard row >= 0, row < cellRows, column >= 0, column < cellColumns else { return 0 }
    return bits[row * cellColumns + column]
  }
}

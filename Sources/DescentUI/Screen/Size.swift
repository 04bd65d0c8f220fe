/// A size in terminal cells: `rows` lines of `columns` cells each.
public struct Size: Sendable, Hashable, CustomStringConvertible {
  public var rows: Int
  public var columns: Int

  public init(rows: Int, columns: Int) {
    self.rows = rows
    self.columns = columns
  }

  /// True when `other` fits inside this size in both directions.
  public func contains(_ other: Size) -> Bool {
    rows >= other.rows && columns >= other.columns
  }

  /// Written the way terminals state their size: columns × rows, as `80x24`.
  public var description: String { "\(columns)x\(rows)" }
}

/// A cell on the screen, counted from 0 at the top-left corner.
public struct Position: Sendable, Hashable {
  public var row: Int
  public var column: Int

  public init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }
}

/// Which neighbours a line drawn through a cell reaches.
struct LineDirections: OptionSet, Hashable, Sendable {
  let rawValue: UInt8
  static let up = LineDirections(rawValue: 1)
  static let down = LineDirections(rawValue: 2)
  static let left = LineDirections(rawValue: 4)
  static let right = LineDirections(rawValue: 8)
}

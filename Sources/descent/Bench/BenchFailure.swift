/// Why a figure could not be measured; printed as a note under the table.
struct BenchFailure: Error, CustomStringConvertible {
  var description: String
}

import Testing

@testable import DescentUI

@Suite("the table of weights beside the heat map")
struct WeightTableTests {
  @Test("numbers of every width line up in columns, -1354 included")
  func aligned() {
    var weights = Array(repeating: 0.01, count: 64)
    weights[3] = -13.54
    weights[12] = 0.5
    weights[63] = -0.07
    let lines = ImageVectorView.weightTable(weights)
    #expect(lines.count == 8)
    #expect(Set(lines.map(\.count)) == [48])
    #expect(lines[0] == "    +1    +1    +1 -1354    +1    +1    +1    +1")
    #expect(lines[1].hasPrefix("    +1    +1    +1    +1   +50"))
    #expect(lines[7].hasSuffix("    -7"))
  }

  @Test("small weights keep columns of five")
  func narrow() {
    let lines = ImageVectorView.weightTable((0..<64).map { Double($0) / 100 - 0.3 })
    #expect(lines[0] == "  -30  -29  -28  -27  -26  -25  -24  -23")
  }
}

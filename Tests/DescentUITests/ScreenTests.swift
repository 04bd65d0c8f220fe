import DescentUI
import Testing

@Suite("the in-memory screen and canvases")
struct ScreenTests {
  @Test("text is clipped at the right edge and rows outside are dropped")
  func clipping() {
    let screen = MemoryScreen(rows: 2, columns: 5)
    screen.put("abcdefgh", at: Position(row: 0, column: 2), style: .plain)
    screen.put("zzz", at: Position(row: 5, column: 0), style: .plain)
    screen.put("xy", at: Position(row: 1, column: -1), style: .strong)
    #expect(screen.lines == ["  abc", "y"])
    #expect(screen.style(at: Position(row: 1, column: 0)) == .strong)
  }

  @Test("a region clips its drawing to its own rectangle")
  func regionClips() {
    let screen = MemoryScreen(rows: 4, columns: 10)
    let canvas = Canvas(screen: screen, glyphs: .ascii)
    let region = canvas.region(row: 1, column: 2, rows: 2, columns: 4)
    region.put("123456", row: 0, column: 1)
    region.put("abcdef", row: 1, column: -2)
    region.put("never", row: 2, column: 0)
    #expect(screen.lines == ["", "   123", "  cdef", ""])
  }

  @Test("boxes use box drawing in UTF-8 and +-| in ASCII")
  func boxes() {
    let unicode = MemoryScreen(rows: 3, columns: 6)
    Canvas(screen: unicode, glyphs: .unicode).box(title: "t")
    #expect(unicode.lines == ["┌ t ─┐", "│    │", "└────┘"])

    let ascii = MemoryScreen(rows: 3, columns: 6)
    Canvas(screen: ascii, glyphs: .ascii).box(title: "t")
    #expect(ascii.lines == ["+ t -+", "|    |", "+----+"])
  }

  @Test("alpha is a Greek letter in UTF-8 and a word in ASCII")
  func alphaGlyph() {
    #expect(Glyphs.unicode.alphaEquals("0.5") == "α = 0.5")
    #expect(Glyphs.ascii.alphaEquals("0.5") == "alpha = 0.5")
  }

  @Test("braille cells carry the dots; ASCII draws a mark instead")
  func plotCells() {
    #expect(Glyphs.unicode.plotCell(dots: 0x01) == "⠁")
    #expect(Glyphs.unicode.plotCell(dots: 0xFF) == "⣿")
    #expect(Glyphs.unicode.plotCell(dots: 0) == " ")
    #expect(Glyphs.ascii.plotCell(dots: 0x40) == "*")
    #expect(Glyphs.ascii.plotCell(dots: 0x40, mark: ".") == ".")
  }

  @Test(
    "prose wraps at spaces and cuts words longer than a line",
    arguments: [
      ("one two three", 7, ["one two", "three"]),
      ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
      ("a\n\nb", 5, ["a", "", "b"]),
      ("", 5, [""]),
    ])
  func wrapping(text: String, width: Int, expected: [String]) {
    #expect(wrapText(text, width: width) == expected)
  }
}

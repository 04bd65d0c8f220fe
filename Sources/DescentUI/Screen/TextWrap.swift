/// Breaks prose into lines of at most `width` cells, at spaces where it can; a word longer
/// than a line is cut. Newlines in `text` start new lines; an empty line stays empty.
///
/// The work is linear in the length of `text`: every character is visited a bounded number
/// of times (each word's length is measured once, a long word is cut by walking its
/// indices forward), and no more than `maxLines` lines are made, so a caller that can show
/// only a screenful asks for only a screenful, whatever the size of the text.
public func wrapText(_ text: String, width: Int, maxLines: Int = .max) -> [String] {
  guard width > 0, maxLines > 0 else { return [] }
  var lines: [String] = []
  for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
    var line = ""
    var lineCount = 0
    for word in paragraph.split(separator: " ") {
      let wordCount = word.count
      if lineCount > 0, lineCount + 1 + wordCount <= width {
        line += " "
        line += word
        lineCount += 1 + wordCount
        continue
      }
      if lineCount > 0 {
        lines.append(line)
        if lines.count >= maxLines { return lines }
      }
      var rest = word[...]
      var restCount = wordCount
      while restCount > width {
        let cut = rest.index(rest.startIndex, offsetBy: width)
        lines.append(String(rest[..<cut]))
        if lines.count >= maxLines { return lines }
        rest = rest[cut...]
        restCount -= width
      }
      line = String(rest)
      lineCount = restCount
    }
    lines.append(line)
    if lines.count >= maxLines { return lines }
  }
  return lines
}

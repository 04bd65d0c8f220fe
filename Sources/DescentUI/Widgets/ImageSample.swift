import Foundation

/// One example of an image data set: the 64 pixel values of an 8×8 image, row by row, and
/// its label when the file has one.
struct ImageSample: Equatable {
  /// The values as written in the file (0…16 for the digits).
  var pixels: [Double]
  /// The last field of the row when there are more than 64 (the digit, for the digits).
  var label: Double?

  /// Why a row cannot be drawn, in words for the screen.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Reads row `row` (1-based, as lessons count: the first example is row 1) of a CSV file,
  /// counting as `descent lint` does: blank lines skipped, a first line holding a word is a
  /// header.
  static func load(file: URL, row: Int) throws(Failure) -> ImageSample {
    guard let data = FileManager.default.contents(atPath: file.path) else {
      throw Failure(description: "cannot read \(file.path)")
    }
    var lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
      .filter { !$0.allSatisfy { $0 == " " } }
    if let first = lines.first, first.split(separator: ",").contains(where: { number($0) == nil }) {
      lines.removeFirst()
    }
    guard row >= 1, row <= lines.count else {
      throw Failure(description: "row \(row) is past the end: the file has \(lines.count) rows")
    }
    let fields = lines[row - 1].split(separator: ",", omittingEmptySubsequences: false)
    let values = fields.compactMap(number)
    guard values.count == fields.count, values.count >= 64 else {
      throw Failure(
        description: "row \(row) does not hold 64 pixel values, so it is not an 8×8 image")
    }
    return ImageSample(
      pixels: Array(values.prefix(64)), label: values.count > 64 ? values.last : nil)
  }

  private static func number(_ field: Substring) -> Double? {
    Double(field.trimmingCharacters(in: .whitespaces))
  }

  /// The value drawn as full ink: 16 for images in the digits' 0…16 range, else the largest
  /// value of the image.
  var fullScale: Double {
    let largest = pixels.max() ?? 0
    return largest <= 16 ? 16 : largest
  }
}

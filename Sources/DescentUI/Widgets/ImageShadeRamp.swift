/// Characters for drawing a value between 0 and 1 as ink: blank, then darker and darker.
///
/// UTF-8: ` ░▒▓█`. ASCII: ` .:-=+*#%@`, ten steps from blank to full.
struct ImageShadeRamp {
  let steps: [String]

  init(glyphs: Glyphs) {
    steps =
      glyphs.isUnicode
      ? [" ", "░", "▒", "▓", "█"] : [" ", ".", ":", "-", "=", "+", "*", "#", "%", "@"]
  }

  /// The character for `fraction` of full ink (clamped to 0…1). With `keepingFaint`,
  /// anything above zero shows at least the lightest shade, so faint ink is never lost.
  func shade(_ fraction: Double, keepingFaint: Bool = true) -> String {
    guard fraction.isFinite, fraction > 0 else { return steps[0] }
    let top = steps.count - 1
    let index = Int((min(fraction, 1) * Double(top)).rounded())
    return steps[min(max(index, keepingFaint ? 1 : 0), top)]
  }
}

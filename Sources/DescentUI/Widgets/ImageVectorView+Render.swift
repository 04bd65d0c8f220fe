import DescentEngine

extension ImageVectorView {
  /// Width of one framed 8×8 picture: two cells a pixel, so it looks square, and the frame.
  static let pictureWidth = 18

  public func render(on canvas: Canvas) {
    var column = 0
    if let sample {
      switch sample {
      case .success(let image):
        drawImage(image, on: canvas.region(row: 0, column: 0, rows: 11, columns: 18))
      case .failure(let failure):
        canvas.put("row \(widget.row ?? 0): \(failure)", row: 0, column: 0, style: .bad)
        return
      }
      column = Self.pictureWidth + 2
    }
    let rest = canvas.region(
      row: 0, column: column, rows: canvas.rows, columns: canvas.columns - column)
    switch (widget.show, sample) {
    case (.digit, .success(let image)?):
      drawNumbers(image, on: rest)
    case (.weights, _):
      drawWeights(
        on: rest, notes: canvas.region(row: 11, column: 0, rows: 1, columns: canvas.columns))
    default:
      break
    }
  }

  /// The caption, the framed picture in shades, and nothing else.
  private func drawImage(_ image: ImageSample, on canvas: Canvas) {
    let label = image.label.map { ", a \(formatNumber($0))" } ?? ""
    canvas.put("row \(widget.row ?? 0)\(label)", row: 0, column: 0, style: .strong)
    let frame = canvas.region(row: 1, column: 0, rows: 10, columns: Self.pictureWidth)
    frame.box()
    let ramp = ImageShadeRamp(glyphs: canvas.glyphs)
    for row in 0..<8 {
      let cells = (0..<8).map { column in
        String(repeating: ramp.shade(image.pixels[row * 8 + column] / image.fullScale), count: 2)
      }
      frame.inside.put(cells.joined(), row: row, column: 0)
    }
  }

  /// x's 64 numbers, eight a line, each line labelled with the entries it holds.
  private func drawNumbers(_ image: ImageSample, on canvas: Canvas) {
    canvas.put("x, its 64 numbers in order:", row: 0, column: 0, style: .strong)
    let dash = canvas.glyphs.isUnicode ? "–" : "-"
    let width = max(image.pixels.map { formatNumber($0).count }.max() ?? 1, 2) + 1
    for row in 0..<8 {
      let label = "\(row * 8 + 1)\(dash)\(row * 8 + 8)"
      let numbers = (0..<8).map { column in
        let text = formatNumber(image.pixels[row * 8 + column])
        return String(repeating: " ", count: max(width - text.count, 0)) + text
      }
      canvas.put(label, row: row + 2, column: 0, style: .faint)
      canvas.put(numbers.joined(), row: row + 2, column: 6)
    }
  }

  /// The heat map of w (live while training), beside w × 100 as numbers when there is
  /// room, and a line saying how far training went.
  private func drawWeights(on canvas: Canvas, notes line: Canvas) {
    let trainer: Trainer
    switch training {
    case .success(let run)?:
      trainer = run
    case .failure(let error)?:
      canvas.put("cannot train: \(error)", row: 0, column: 0, style: .bad)
      return
    case nil:
      return
    }
    canvas.put("w as a heat map", row: 0, column: 0, style: .strong)
    let map = canvas.region(row: 1, column: 0, rows: 10, columns: Self.pictureWidth)
    drawHeatMap(trainer.weights, on: map)
    let tableColumn = Self.pictureWidth + 2
    if canvas.columns - tableColumn >= 40 {
      let table = canvas.region(
        row: 0, column: tableColumn, rows: 10, columns: canvas.columns - tableColumn)
      drawWeightTable(trainer.weights, on: table)
    }

    let target = widget.target.map { "\($0) against the rest" } ?? widget.dataset.name
    let alpha = canvas.glyphs.alphaEquals(formatNumber(widget.learningRate))
    var notes: [String]
    var style = Style.faint
    if isTraining {
      notes = [
        "training\(canvas.glyphs.ellipsis) iteration \(trainer.iteration) of \(widget.iterations)"
      ]
      style = .accent
    } else if case .diverged(let iteration, let reason) = trainer.status {
      notes = ["training stopped at iteration \(iteration): \(reason)"]
      style = .bad
    } else {
      let accuracy = formatNumber((trainer.testAccuracy * 1000).rounded() / 10)
      notes = ["after \(trainer.iteration) iterations", "test accuracy \(accuracy)%"]
    }
    notes.insert("\(target), \(alpha)", at: 0)
    line.put(notes.joined(separator: canvas.glyphs.separator), row: 0, column: 0, style: style)
  }

  /// The weights in shades of their size: `good` (green) where w > 0, `bad` (red) where
  /// w < 0; the table beside it gives the signs on a screen without colour.
  private func drawHeatMap(_ weights: [Double], on canvas: Canvas) {
    canvas.box()
    let ramp = ImageShadeRamp(glyphs: canvas.glyphs)
    let largest = weights.map(abs).max() ?? 0
    for row in 0..<8 {
      for column in 0..<8 {
        let weight = weights[row * 8 + column]
        let fraction = largest > 0 ? abs(weight) / largest : 0
        canvas.inside.put(
          String(repeating: ramp.shade(fraction, keepingFaint: false), count: 2), row: row,
          column: column * 2,
          style: weight > 0 ? .good : (weight < 0 ? .bad : .plain))
      }
    }
  }

  private func drawWeightTable(_ weights: [Double], on canvas: Canvas) {
    canvas.put("w \(canvas.glyphs.times) 100, row by row", row: 0, column: 0, style: .strong)
    for (row, line) in Self.weightTable(weights).enumerated() {
      canvas.put(line, row: row + 2, column: 0)
    }
  }

  /// w × 100, rounded, eight a line, right-aligned in columns as wide as the widest number
  /// (`-1354` included) and one space.
  static func weightTable(_ weights: [Double]) -> [String] {
    let texts = weights.prefix(64).map { weight -> String in
      let value = min(max((weight * 100).rounded(), -9999), 9999)
      return value > 0 ? "+\(Int(value))" : "\(Int(value))"
    }
    let width = max(texts.map(\.count).max() ?? 0, 4) + 1
    return stride(from: 0, to: texts.count, by: 8).map { start in
      texts[start..<min(start + 8, texts.count)].map { text in
        String(repeating: " ", count: width - text.count) + text
      }.joined()
    }
  }
}

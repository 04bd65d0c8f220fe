import DescentEngine

/// Where a computation graph's nodes and arrows go: one column per depth (the inputs at
/// depth 0, each step one deeper than its deepest operand), left to right.
///
/// Every node takes two screen rows, its value and, under it, its derivative. The inputs
/// stack in the first column in the formula's order; a step sits on the row of its lowest
/// operand (or the next free row of its column), so the operands above it drop down into
/// it. An arrow leaves a node to the right, runs along its row to a junction just left of
/// the target's column, turns down to the target's row and enters it:
///
/// ```
/// a = 5  ──────────────────────────┐
/// dJ/da = 3                        │
/// b = 3  ──┐                       │
/// dJ/db = 6│                       │
/// c = 2  ──┴▶ u = b*c = 6 ─────────┴▶ v = a + u = 11 ──▶ J = 3*v = 33
/// ```
struct GraphExplorerLayout {
  /// One node: the formula's inputs first, then the steps in forward order.
  struct Node {
    var row: Int
    var column: Int
    var depth: Int
  }

  /// One cell of an arrow.
  struct Cell: Hashable {
    var row: Int
    var column: Int
  }

  /// The cells of the arrow for operand `operand` of step `step`, and its head.
  struct Arrow {
    var step: Int
    var operand: Int
    var cells: [Cell: LineDirections]
    var head: Cell
  }

  var nodes: [Node]
  var arrows: [Arrow]
  var rows: Int
  var columns: Int

  /// Columns between one column's widest text and the next column: a space, the junction,
  /// the arrow's head and a space.
  static let gap = 4

  /// - Parameters:
  ///   - widths: for each node, the width its column must leave for it.
  ///   - lineEnds: for each node, the length of its value line now (where its arrows start).
  init(graph: ComputationGraph, widths: [Int], lineEnds: [Int]) {
    let inputs = graph.formula.inputs
    let inputCount = inputs.count
    func node(of operand: GraphStep.Operand) -> Int? {
      switch operand {
      case .input(let name): inputs.firstIndex(of: name)
      case .step(let index): inputCount + index
      case .constant: nil
      }
    }

    var depths = [Int](repeating: 0, count: inputCount)
    var gridRows = Array(0..<inputCount)
    var taken = Set(gridRows.map { Cell(row: $0, column: 0) })
    for step in graph.steps {
      let sources = step.operands.compactMap(node(of:))
      let depth = 1 + (sources.map { depths[$0] }.max() ?? 0)
      var row = sources.map { gridRows[$0] }.max() ?? 0
      while taken.contains(Cell(row: row, column: depth)) { row += 1 }
      taken.insert(Cell(row: row, column: depth))
      depths.append(depth)
      gridRows.append(row)
    }

    let deepest = depths.max() ?? 0
    var columnWidths = [Int](repeating: 0, count: deepest + 1)
    for (index, depth) in depths.enumerated() {
      columnWidths[depth] = max(columnWidths[depth], widths[index])
    }
    var starts = [0]
    for depth in 0..<deepest { starts.append(starts[depth] + columnWidths[depth] + Self.gap) }

    nodes = depths.indices.map { index in
      Node(row: 2 * gridRows[index], column: starts[depths[index]], depth: depths[index])
    }
    columns = (starts.last ?? 0) + (columnWidths.last ?? 0)
    rows = 2 * ((gridRows.max() ?? 0) + 1)

    var arrows: [Arrow] = []
    for (stepIndex, step) in graph.steps.enumerated() {
      let target = nodes[inputCount + stepIndex]
      let junction = target.column - 3
      for (position, operand) in step.operands.enumerated() {
        guard let source = node(of: operand) else { continue }
        let from = nodes[source]
        var cells: [Cell: LineDirections] = [:]
        let start = from.column + lineEnds[source] + 1
        if start < junction {
          for column in start..<junction {
            cells[Cell(row: from.row, column: column)] = [.left, .right]
          }
        }
        if from.row == target.row {
          cells[Cell(row: from.row, column: junction)] = [.left, .right]
        } else {
          cells[Cell(row: from.row, column: junction)] = [.left, .down]
          for row in (from.row + 1)..<target.row {
            cells[Cell(row: row, column: junction)] = [.up, .down]
          }
          cells[Cell(row: target.row, column: junction)] = [.up, .right]
        }
        arrows.append(
          Arrow(
            step: stepIndex, operand: position, cells: cells,
            head: Cell(row: target.row, column: junction + 1)))
      }
    }
    self.arrows = arrows
  }
}

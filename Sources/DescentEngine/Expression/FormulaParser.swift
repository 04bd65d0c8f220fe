/// Reads a formula with this grammar:
/// ```
/// formula  = [name "="] sum
/// sum      = product { ("+" | "-") product }
/// product  = signed { ("*" | "/") signed }
/// signed   = { "-" } power
/// power    = primary [ "^" signed ]                (right-associative)
/// primary  = number | name | name "(" sum ")" | "(" sum ")"
/// ```
/// `^` binds tighter than unary minus, so `-2^2` is −4, and `2^-1` is 0.5.
///
/// The grammar is read by operator precedence with explicit stacks rather than by recursion,
/// so no input can exhaust the call stack, whatever thread parses it and however it was built;
/// `Formula.maximumNesting` still bounds parentheses and calls, to keep formulas readable.
struct FormulaParser {
  /// What waits on the operator stack for its operands.
  private enum Pending {
    case binary(Character, column: Int)
    case negate(column: Int)
    case parenthesis(column: Int)
    case call(MathFunction, spelled: String, column: Int, open: Int)

    /// Binding strength; an operator applies the pending ones that bind at least as tightly
    /// (more tightly, for the right-associative `^`).
    var precedence: Int {
      switch self {
      case .binary("+", _), .binary("-", _): 1
      case .binary("*", _), .binary("/", _): 2
      case .negate: 3
      case .binary: 4  // ^
      case .parenthesis, .call: 0
      }
    }
  }

  private let source: String
  private let tokens: [Token]
  private var position = 0
  private(set) var nodes: [FormulaNode] = []
  private var operands: [Int] = []
  private var pending: [Pending] = []
  private var depth = 0

  init(source: String) throws(FormulaError) {
    self.source = source
    self.tokens = try Tokenizer.tokens(of: source)
  }

  private var current: Token { tokens[position] }
  private var next: Token { tokens[min(position + 1, tokens.count - 1)] }

  private mutating func advance() {
    if position < tokens.count - 1 { position += 1 }
  }

  private func error(_ kind: FormulaError.Kind, at column: Int) -> FormulaError {
    FormulaError(kind, column: column, source: source)
  }

  private mutating func add(_ kind: FormulaNode.Kind, at column: Int) -> Int {
    nodes.append(FormulaNode(kind: kind, column: column))
    return nodes.count - 1
  }

  /// Reads `[name =]` and returns the output's name if one is written.
  mutating func parseOutputName() throws(FormulaError) -> String? {
    if current.kind == .end { throw error(.empty, at: 1) }
    guard case .name(let name) = current.kind, next.kind == .equals else { return nil }
    if MathFunction(named: name) != nil {
      throw error(.outputIsFunction(name), at: current.column)
    }
    advance()
    advance()
    return name
  }

  /// Reads the whole right-hand side and returns the index of its root node.
  mutating func parseWhole() throws(FormulaError) -> Int {
    while true {
      try readOperand()
      if try readOperator() { break }
    }
    while let top = pending.last {
      switch top {
      case .parenthesis(let column), .call(_, _, _, let column):
        throw error(.unclosedParenthesis, at: column)
      default:
        applyTop()
      }
    }
    return operands.last ?? 0
  }

  /// Reads minus signs, opening parentheses and calls up to an operand, and pushes it.
  private mutating func readOperand() throws(FormulaError) {
    while true {
      let token = current
      switch token.kind {
      case .symbol("-"):
        pending.append(.negate(column: token.column))
        advance()
      case .openParenthesis:
        try open(.parenthesis(column: token.column), at: token.column)
        advance()
      case .number(let value):
        operands.append(add(.number(value), at: token.column))
        advance()
        return
      case .name(let name) where next.kind == .openParenthesis:
        guard let function = MathFunction(named: name) else {
          throw error(.unknownFunction(name), at: token.column)
        }
        advance()
        let open = current.column
        try self.open(.call(function, spelled: name, column: token.column, open: open), at: open)
        advance()
      case .name(let name):
        if MathFunction(named: name) != nil {
          throw error(.functionWithoutArgument(name), at: token.column)
        }
        operands.append(add(.variable(name), at: token.column))
        advance()
        return
      default:
        throw error(
          .unexpectedToken(found: token.described, expected: "a number, a name or '('"),
          at: token.column)
      }
    }
  }

  private mutating func open(_ group: Pending, at column: Int) throws(FormulaError) {
    guard depth < Formula.maximumNesting else { throw error(.nestedTooDeeply, at: column) }
    depth += 1
    pending.append(group)
  }

  /// Reads closing parentheses and then a binary operator; returns true at the end.
  private mutating func readOperator() throws(FormulaError) -> Bool {
    while true {
      let token = current
      switch token.kind {
      case .end:
        return true
      case .closeParenthesis:
        try close(at: token.column)
        advance()
      case .symbol(let symbol):
        let incoming = Pending.binary(symbol, column: token.column)
        while let top = pending.last, top.precedence > 0,
          top.precedence > incoming.precedence
            || (top.precedence == incoming.precedence && symbol != "^")
        {
          applyTop()
        }
        pending.append(incoming)
        advance()
        return false
      default:
        if depth > 0 {
          throw error(
            .unexpectedToken(found: token.described, expected: "an operator or ')'"),
            at: token.column)
        }
        throw error(.trailingToken(token.described), at: token.column)
      }
    }
  }

  /// Applies everything pending back to the innermost `(` or call, and closes it.
  private mutating func close(at column: Int) throws(FormulaError) {
    while let top = pending.popLast() {
      switch top {
      case .parenthesis:
        depth -= 1
        return
      case .call(let function, let spelled, let nameColumn, _):
        depth -= 1
        let argument = operands.removeLast()
        operands.append(add(.call(function, spelled: spelled, argument), at: nameColumn))
        return
      default:
        pending.append(top)
        applyTop()
      }
    }
    throw error(.unmatchedParenthesis, at: column)
  }

  /// Pops one pending operator and applies it to the operands on top of the stack.
  private mutating func applyTop() {
    guard let top = pending.popLast() else { return }
    switch top {
    case .binary(let symbol, let column):
      let right = operands.removeLast()
      let left = operands.removeLast()
      operands.append(add(.binary(symbol, left, right), at: column))
    case .negate(let column):
      let operand = operands.removeLast()
      // A minus before a plain number makes a negative number rather than a step.
      if case .number(let value) = nodes[operand].kind, operand == nodes.count - 1 {
        nodes[operand] = FormulaNode(kind: .number(-value), column: column)
        operands.append(operand)
      } else {
        operands.append(add(.negate(operand), at: column))
      }
    case .parenthesis, .call:
      break
    }
  }
}

/// A recursive-descent parser for formulas, with this grammar:
/// ```
/// formula  = [name "="] sum
/// sum      = product { ("+" | "-") product }
/// product  = signed { ("*" | "/") signed }
/// signed   = { "-" } power
/// power    = primary { "^" { "-" } primary }      (right-associative)
/// primary  = number | name | name "(" sum ")" | "(" sum ")"
/// ```
/// `^` binds tighter than unary minus, so `-2^2` is −4 and `2^-1` is 0.5. Only parentheses
/// and function calls recurse, and `Formula.maximumNesting` bounds how deep; sums, products,
/// minus signs and powers are read in loops.
struct FormulaParser {
  private let source: String
  private let tokens: [Token]
  private var position = 0
  private var depth = 0
  private(set) var nodes: [FormulaNode] = []

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
    let root = try parseSum()
    switch current.kind {
    case .end: return root
    case .closeParenthesis: throw error(.unmatchedParenthesis, at: current.column)
    default: throw error(.trailingToken(current.described), at: current.column)
    }
  }

  private func symbol(_ token: Token) -> Character? {
    if case .symbol(let character) = token.kind { return character }
    return nil
  }

  private mutating func parseSum() throws(FormulaError) -> Int {
    var left = try parseProduct()
    while let operation = symbol(current), operation == "+" || operation == "-" {
      let column = current.column
      advance()
      let right = try parseProduct()
      left = add(.binary(operation, left, right), at: column)
    }
    return left
  }

  private mutating func parseProduct() throws(FormulaError) -> Int {
    var left = try parseSigned()
    while let operation = symbol(current), operation == "*" || operation == "/" {
      let column = current.column
      advance()
      let right = try parseSigned()
      left = add(.binary(operation, left, right), at: column)
    }
    return left
  }

  /// The columns of the minus signs before an operand, read in a loop.
  private mutating func minusSigns() -> [Int] {
    var columns: [Int] = []
    while symbol(current) == "-" {
      columns.append(current.column)
      advance()
    }
    return columns
  }

  /// Applies minus signs, innermost (rightmost) first. A minus before a plain number makes a
  /// negative number rather than a step, so `-3*a` shows as one step.
  private mutating func negate(_ operand: Int, by columns: [Int]) -> Int {
    var result = operand
    for column in columns.reversed() {
      if case .number(let value) = nodes[result].kind, result == nodes.count - 1 {
        nodes[result] = FormulaNode(kind: .number(-value), column: column)
      } else {
        result = add(.negate(result), at: column)
      }
    }
    return result
  }

  private mutating func parseSigned() throws(FormulaError) -> Int {
    let signs = minusSigns()
    let operand = try parsePower()
    return negate(operand, by: signs)
  }

  private mutating func parsePower() throws(FormulaError) -> Int {
    var bases = [try parsePrimary()]
    var signs: [[Int]] = [[]]
    var carets: [Int] = []
    while symbol(current) == "^" {
      carets.append(current.column)
      advance()
      signs.append(minusSigns())
      bases.append(try parsePrimary())
    }

    var result = negate(bases[bases.count - 1], by: signs[signs.count - 1])
    for index in stride(from: bases.count - 2, through: 0, by: -1) {
      result = add(.binary("^", bases[index], result), at: carets[index])
      result = negate(result, by: signs[index])
    }
    return result
  }

  private mutating func parsePrimary() throws(FormulaError) -> Int {
    let token = current
    switch token.kind {
    case .number(let value):
      advance()
      return add(.number(value), at: token.column)
    case .name(let name):
      advance()
      guard current.kind == .openParenthesis else {
        if MathFunction(named: name) != nil {
          throw error(.functionWithoutArgument(name), at: token.column)
        }
        return add(.variable(name), at: token.column)
      }
      guard let function = MathFunction(named: name) else {
        throw error(.unknownFunction(name), at: token.column)
      }
      let argument = try parseParenthesized()
      return add(.call(function, spelled: name, argument), at: token.column)
    case .openParenthesis:
      return try parseParenthesized()
    default:
      throw error(
        .unexpectedToken(found: token.described, expected: "a number, a name or '('"),
        at: token.column)
    }
  }

  /// Reads `( sum )`, the one place the parser recurses.
  private mutating func parseParenthesized() throws(FormulaError) -> Int {
    let open = current
    guard depth < Formula.maximumNesting else { throw error(.nestedTooDeeply, at: open.column) }
    depth += 1
    advance()
    let inner = try parseSum()
    switch current.kind {
    case .closeParenthesis:
      advance()
    case .end:
      throw error(.unclosedParenthesis, at: open.column)
    default:
      throw error(
        .unexpectedToken(found: current.described, expected: "an operator or ')'"),
        at: current.column)
    }
    depth -= 1
    return inner
  }
}

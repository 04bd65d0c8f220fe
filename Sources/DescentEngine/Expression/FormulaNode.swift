/// One operation of a parsed formula. A formula keeps its nodes in a flat array in which every
/// node comes after the nodes it uses, so that evaluating, building a graph and differentiating
/// are loops rather than recursion, and a formula of 100 000 terms cannot exhaust the stack.
struct FormulaNode: Equatable, Sendable {
  enum Kind: Equatable, Sendable {
    case number(Double)
    case variable(String)
    /// Unary minus of the node at this index.
    case negate(Int)
    /// One of `+ - * / ^` applied to the nodes at these indices.
    case binary(Character, Int, Int)
    /// A function applied to the node at this index; `spelled` is the name as written.
    case call(MathFunction, spelled: String, Int)
  }

  var kind: Kind
  /// Where the operation is written: the operator, the function's name or the number.
  var column: Int
}

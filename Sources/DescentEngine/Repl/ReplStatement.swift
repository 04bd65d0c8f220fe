/// One line typed at the REPL, understood but not yet carried out.
///
/// Parsing is separate from running so that a front end can run some statements itself: the
/// playground, for instance, turns `alpha 0.05` into a change of its own α.
public enum ReplStatement: Equatable, Sendable {
  /// A blank line or a `#` comment.
  case nothing
  /// `NAME = EXPRESSION`: a number when the expression names nothing, a live formula when it
  /// does (see `ReplSession`).
  case assign(name: ReplWord, expression: ReplWord)
  /// A bare expression, whose value is printed.
  case evaluate(ReplWord)
  /// `grad J`: every derivative of the formula from the backward pass.
  case grad(ReplWord)
  /// `graph J`: the forward steps and the backward pass, as `descent graph` prints them.
  case graph(ReplWord)
  /// `nudge J [a] [ε]`: numeric derivatives beside exact ones, as `descent nudge` prints them.
  case nudge(formula: ReplWord, input: ReplWord?, epsilon: Double?)
  /// `data digits 3`, `data breast-cancer`, `data PATH`, optionally with `--no-scale`;
  /// `column` is where the data set's name is written, for errors while loading it.
  case data(DatasetSource, column: Int)
  /// `alpha 0.1` sets the learning rate; a bare `alpha` shows it.
  case alpha(Double?)
  /// `train 500` runs that many steps of gradient descent.
  case train(Int)
  case cost
  case accuracy
  case reset
  case vars
  /// `help` or `help NAME`.
  case help(ReplWord?)
  /// `quit` or `exit`.
  case quit
}

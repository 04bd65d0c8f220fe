/// The text of `help` and `help NAME`.
enum ReplHelp {
  /// One line per statement, for `help`.
  static let overview = [
    "Statements (help NAME tells more about one):",
    "  a = 5              set a number",
    "  J = 3*(a + b*c)    define a formula; it follows later changes of a, b and c",
    "  J*2 + 1            print the value of an expression",
    "  grad J             the derivatives of J by the backward pass",
    "  graph J            the forward steps and the backward pass, one edge at a time",
    "  nudge J a [ε]      nudge an input and compare the slope with the derivative",
    "  data digits 3      load data: digits D, breast-cancer, or a CSV file's path",
    "  alpha 0.1          set the learning rate α (alpha alone shows it)",
    "  train 500          run that many steps of gradient descent",
    "  cost, accuracy     the cost now; the train and test accuracy",
    "  reset              back to w = 0, b = 0",
    "  vars               everything defined, and the model's state",
    "  quit               leave the REPL; on the : line of the tutor or play, close the line",
  ]

  /// The longer text for each topic.
  static let topics: [String: [String]] = [
    "=": [
      "NAME = EXPRESSION",
      "A right side with no names is worked out now: a = 5, eps = 1e-3, n = 2^10.",
      "A right side with names defines a formula that stays live: after J = 3*(a + b*c),",
      "changing a changes J. A formula may use other formulas (u = b*c, v = a + u, J = 3*v);",
      "it may not use itself. Names are letters, digits and _ (Greek letters too);",
      "functions: exp, log, sqrt, sin, cos, tanh, sigmoid (or σ).",
    ],
    "grad": [
      "grad J",
      "Prints dJ/dx for every input x of the formula J, found by the backward pass.",
      "Every name J uses must have a value. A derivative that does not exist (log at 0)",
      "is said in words.",
    ],
    "graph": [
      "graph J",
      "Prints J's computation graph: the forward steps with their values, then the backward",
      "pass edge by edge (local derivative × upstream = product), as descent graph does.",
    ],
    "nudge": [
      "nudge J [a] [ε]",
      "Moves input a by ε (0.001 unless given) and prints how J moved, the ratio, and the",
      "exact derivative, as descent nudge does. Without a, every input in turn.",
    ],
    "data": [
      "data digits D | data breast-cancer [--no-scale] | data PATH [--no-scale]",
      "Loads a data set and splits it: the first 80% train, the rest test. digits: is the",
      "8×8 image the digit D (3 unless given)? A CSV file needs a 0/1 label in its last column.",
      "Loading starts the model again from w = 0, b = 0, keeping α.",
    ],
    "alpha": [
      "alpha [A]",
      "Sets the learning rate α used by the next steps (a positive number), or shows it.",
      "Also written α A.",
    ],
    "train": [
      "train N",
      "Runs N steps of gradient descent (w ← w − α dw, b ← b − α db) and prints the cost",
      "about ten times on the way. A run whose cost stops being a number, or keeps rising,",
      "stops and says where it diverged.",
    ],
    "cost": ["cost", "Prints the iteration and the cost J(w, b) on the training examples."],
    "accuracy": [
      "accuracy",
      "Prints the share of training and of test examples classified right (ŷ > 0.5 means 1).",
    ],
    "reset": ["reset", "Starts the model again from w = 0, b = 0, keeping the data and α."],
    "vars": ["vars", "Lists every number and formula with its value, then the model's state."],
    "help": ["help [NAME]", "Lists the statements, or tells more about one."],
    "quit": [
      "quit (or exit)",
      "In descent repl: leaves; end of input (Ctrl-D) does too. On the : statement line of",
      "the tutor or descent play: closes the line, as Esc does; q leaves from there.",
    ],
  ]

  static func text(for topic: ReplWord?) throws(ReplError) -> [String] {
    guard let topic else { return overview }
    let aliases = ["exit": "quit", "α": "alpha", "assign": "=", "formula": "="]
    let key = aliases[topic.text] ?? topic.text
    guard let lines = topics[key] else {
      let names = topics.keys.sorted().joined(separator: ", ")
      throw ReplError(column: topic.column, "no help on '\(topic.text)'; try one of: \(names)")
    }
    return lines
  }
}

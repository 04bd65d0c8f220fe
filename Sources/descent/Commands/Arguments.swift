/// The words after a command's name, split into `--options` with values, `--flags` and
/// positional words. `--name value` and `--name=value` are both accepted; `--` ends options.
struct Arguments {
  var positional: [String] = []
  private var values: [String: String] = [:]
  private var present: Set<String> = []

  /// - Parameters:
  ///   - words: what follows the command's name.
  ///   - valued: option names (without `--`) that take a value.
  ///   - flags: option names that take none.
  init(_ words: [String], valued: Set<String> = [], flags: Set<String> = []) throws(CommandError) {
    var index = 0
    var optionsEnded = false
    while index < words.count {
      let word = words[index]
      index += 1
      guard !optionsEnded, word.hasPrefix("--"), word.count > 2 else {
        if word == "--" && !optionsEnded {
          optionsEnded = true
        } else {
          positional.append(word)
        }
        continue
      }

      var name = String(word.dropFirst(2))
      var inlineValue: String?
      if let equals = name.firstIndex(of: "=") {
        inlineValue = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }

      if flags.contains(name) {
        guard inlineValue == nil else { throw .usage("option --\(name) takes no value") }
        present.insert(name)
      } else if valued.contains(name) {
        if let inlineValue {
          values[name] = inlineValue
        } else {
          guard index < words.count else { throw .usage("option --\(name) needs a value") }
          values[name] = words[index]
          index += 1
        }
        present.insert(name)
      } else {
        let known = (valued.union(flags)).sorted().map { "--\($0)" }
        let hint =
          known.isEmpty ? "it takes no options" : "it takes " + known.joined(separator: ", ")
        throw .usage("unknown option --\(name); \(hint)")
      }
    }
  }

  func has(_ name: String) -> Bool { present.contains(name) }

  func string(_ name: String) -> String? { values[name] }

  /// The option's value as a finite number, or nil when it was not given.
  func double(_ name: String) throws(CommandError) -> Double? {
    guard let text = values[name] else { return nil }
    guard let value = Double(text.trimmingCharacters(in: " ")), value.isFinite else {
      throw .usage("--\(name) must be a finite number, not '\(text)'")
    }
    return value
  }

  /// The option's value as a whole number ≥ 0, or nil when it was not given.
  func count(_ name: String) throws(CommandError) -> Int? {
    guard let text = values[name] else { return nil }
    let trimmed = text.trimmingCharacters(in: " ")
    let digits = trimmed.drop { $0 == "+" }
    if Int(trimmed) == nil, !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }) {
      throw .usage("--\(name) is too large: '\(text)'; the most is \(Int.max)")
    }
    guard let value = Int(trimmed), value >= 0 else {
      throw .usage("--\(name) must be a whole number 0 or more, not '\(text)'")
    }
    return value
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: Character) -> String {
    var text = Substring(self)
    while text.first == set { text = text.dropFirst() }
    while text.last == set { text = text.dropLast() }
    return String(text)
  }
}

/// Cleans pasted token text: strips a leading `Bearer `, surrounding quotes and all
/// whitespace and line breaks, and records each step so it can be reported (`token-cleaned`).
public struct TokenInput: Sendable, Equatable {
  /// One cleaning step that changed the input.
  public enum Cleaning: String, Sendable, Equatable, CaseIterable {
    case bearerPrefix = "removed a leading \"Bearer \""
    case quotes = "removed surrounding quotes"
    case whitespace = "removed whitespace or line breaks"
  }

  /// The compact serialisation after cleaning.
  public var compact: String
  /// The steps that changed the input, in the order they were applied.
  public var cleanings: [Cleaning]

  public init(raw: String) {
    var steps: Set<Cleaning> = []
    var text = Substring(raw)
    func trim() {
      let before = text.count
      while let f = text.first, f.isWhitespace { text.removeFirst() }
      while let l = text.last, l.isWhitespace { text.removeLast() }
      if text.count != before { steps.insert(.whitespace) }
    }
    trim()
    // Quotes (a JSON string or shell quoting) and the scheme, in either nesting.
    for _ in 0..<2 {
      if text.count >= 2, let f = text.first, f == "\"" || f == "'", text.last == f {
        text = text.dropFirst().dropLast()
        steps.insert(.quotes)
        trim()
      }
      if text.prefix(7).lowercased() == "bearer ", !steps.contains(.bearerPrefix) {
        text = text.dropFirst(7)
        steps.insert(.bearerPrefix)
        trim()
      }
    }
    if text.contains(where: \.isWhitespace) {
      text = Substring(text.filter { !$0.isWhitespace })
      steps.insert(.whitespace)
    }
    self.compact = String(text)
    self.cleanings = Cleaning.allCases.filter(steps.contains)
  }
}

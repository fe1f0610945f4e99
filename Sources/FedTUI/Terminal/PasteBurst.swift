import FedCore

/// Without bracketed paste (some terminals, some tmux setups) a pasted token arrives as key
/// presses: `e` would open the export prompt and the rest become a file name. The terminal
/// hands over everything already buffered at once; in that batch, a run of printable keys that
/// forms a JWT-like text (`TokenShape`) is replaced by one `.paste`, so no key inside it is
/// acted on. A line break right after the run belongs to the paste.
enum PasteBurst {
  /// The batch with every JWT-like run of character keys turned into a paste.
  static func coalesce(_ messages: [Msg]) -> [Msg] {
    guard messages.count >= TokenShape.minimumLength else { return messages }
    var out: [Msg] = []
    var i = 0
    while i < messages.count {
      guard case .key(.char) = messages[i] else {
        out.append(messages[i])
        i += 1
        continue
      }
      var j = i
      var run = ""
      while j < messages.count, case .key(.char(let c)) = messages[j] {
        run.append(c)
        j += 1
      }
      if let token = tokenRange(in: run) {
        out += run[..<token.lowerBound].map { Msg.key(.char($0)) }
        out.append(.paste(String(run[token])))
        out += run[token.upperBound...].map { Msg.key(.char($0)) }
        if j < messages.count, case .key(.enter) = messages[j], token.upperBound == run.endIndex { j += 1 }
      } else {
        out += run.map { Msg.key(.char($0)) }
      }
      i = j
    }
    return out
  }

  /// The JWT-like stretch of a run: from its first `eyJ` over base64url characters and dots.
  static func tokenRange(in run: String) -> Range<String.Index>? {
    guard run.count >= TokenShape.minimumLength, let start = run.firstRange(of: "eyJ")?.lowerBound else { return nil }
    var end = start
    while end < run.endIndex, let a = run[end].asciiValue, TokenShape.isSegmentByte(a) { end = run.index(after: end) }
    return TokenShape.isJWTLike(String(run[start..<end])) ? start..<end : nil
  }
}

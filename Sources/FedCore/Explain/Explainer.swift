/// What `explain` answers for one pasted AWS error.
public struct Explanation: Sendable, Equatable {
  /// The message with tool prefixes removed and whitespace collapsed.
  public var message: String
  /// The error code seen in the text (`InvalidIdentityToken`), if any.
  public var code: String?
  /// The known messages found in the text (empty: not recognised).
  public var matches: [KnownAWSError]
  /// For unrecognised text: the closest known messages, best first.
  public var nearest: [KnownAWSError]
  /// The `check` invocation that confirms, with what the text revealed filled in.
  public var commands: [String]

  public var recognised: Bool { !matches.isEmpty }
  /// The other clouds the text was recognised as (empty for AWS messages).
  public var otherClouds: [String] {
    var seen: [String] = []
    for cloud in matches.map(\.cloud) where cloud != "AWS" && !seen.contains(cloud) { seen.append(cloud) }
    return seen
  }
  /// True when every match is another cloud's message.
  public var isNotAWS: Bool { recognised && matches.allSatisfy { !$0.isAWS } }
  /// Every candidate rule id, in order, without repeats.
  public var ruleIDs: [RuleID] {
    var seen: [RuleID] = []
    for rule in matches.flatMap(\.causes).compactMap(\.rule) where !seen.contains(rule) { seen.append(rule) }
    return seen
  }
}

/// Maps AWS error text, as STS, the AWS CLI, the SDKs or configure-aws-credentials print it,
/// to candidate rule ids (`spec/findings.md` "Explaining an AWS error").
public enum Explainer {
  /// Prefixes tools put before the STS message (lower-cased).
  static let prefixes = [
    "error:", "could not assume role with oidc:", "credentials could not be loaded, please check your action inputs:",
    "an error occurred", "botocore.exceptions.clienterror:",
  ]

  /// Pasted text beyond this many characters is ignored: AWS error messages are far shorter,
  /// and a pasted log must not cost quadratic time.
  public static let maxInputCharacters = Limits.explainCharacters

  public static func explain(_ pasted: String) -> Explanation {
    let text = String(pasted.prefix(maxInputCharacters))
    let normalized = normalize(text)
    let code = errorCode(text)
    let lower = normalized.lowercased()
    var matches = KnownAWSError.all.filter { lower.contains(normalize($0.fragment).lowercased()) }
    // A specific Entra message makes the generic AADSTS entry redundant.
    if matches.filter({ $0.cloud == "Microsoft Entra ID" }).count > 1 { matches.removeAll { $0.fragment == "AADSTS" } }
    let nearest = matches.isEmpty ? closest(lower) : []
    var commands = matches.map { fill($0.command, text: normalized) }
    commands = commands.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    return Explanation(message: normalized, code: code, matches: matches, nearest: nearest, commands: commands)
  }

  /// Whitespace collapsed to single spaces; `An error occurred (X) when calling the … operation:` removed.
  /// Linear in the text: each pass drops a whole prefix and compares only that many characters.
  static func normalize(_ text: String) -> String {
    var words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    if let range = firstRange(of: " operation: ", in: words), words.lowercased().hasPrefix("an error occurred") {
      words = String(words[range.upperBound...])
    }
    var rest = Substring(words)
    var changed = true
    while changed {
      changed = false
      for prefix in prefixes where prefix != "an error occurred" && rest.prefix(prefix.count).lowercased() == prefix {
        rest = rest.dropFirst(prefix.count).drop(while: { $0 == " " })
        changed = true
      }
    }
    return String(rest)
  }

  /// `InvalidIdentityToken` from `(InvalidIdentityToken)` or `InvalidIdentityToken:`.
  static func errorCode(_ text: String) -> String? {
    let codes = [
      "InvalidIdentityToken", "ExpiredTokenException", "ExpiredToken", "AccessDenied", "IDPCommunicationError",
      "IDPRejectedClaim", "MalformedPolicyDocument", "PackedPolicyTooLarge", "RegionDisabledException", "ValidationError",
      "InvalidParameter",
    ]
    return codes.first(where: { text.contains($0) })
  }

  /// Fills `<issuer-url>` from a "…found in your account for https://…" message.
  static func fill(_ command: String, text: String) -> String {
    guard let range = firstRange(of: "in your account for ", in: text) else { return command }
    let issuer = text[range.upperBound...].prefix(while: { !$0.isWhitespace })
    guard !issuer.isEmpty else { return command }
    return command + (command.contains("--issuer") ? "" : " --issuer \(issuer)")
  }

  /// The three known messages most similar to `text` (character-bigram Dice coefficient).
  static func closest(_ text: String) -> [KnownAWSError] {
    let target = bigrams(text)
    let scored = KnownAWSError.all.map { ($0, dice(target, bigrams($0.message.lowercased()))) }
    return scored.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.prefix(3).map(\.0)
  }

  static func bigrams(_ s: String) -> [String: Int] {
    let chars = Array(s)
    var out: [String: Int] = [:]
    guard chars.count > 1 else { return out }
    for i in 0..<(chars.count - 1) { out[String(chars[i...i + 1]), default: 0] += 1 }
    return out
  }

  static func dice(_ a: [String: Int], _ b: [String: Int]) -> Double {
    let common = a.reduce(0) { $0 + min($1.value, b[$1.key] ?? 0) }
    let total = a.values.reduce(0, +) + b.values.reduce(0, +)
    return total == 0 ? 0 : 2 * Double(common) / Double(total)
  }

  static func firstRange(of needle: String, in haystack: String) -> Range<String.Index>? {
    guard !needle.isEmpty else { return nil }
    var index = haystack.startIndex
    while index < haystack.endIndex {
      if haystack[index...].hasPrefix(needle) {
        return index..<haystack.index(index, offsetBy: needle.count)
      }
      index = haystack.index(after: index)
    }
    return nil
  }
}

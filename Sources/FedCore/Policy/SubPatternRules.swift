/// Rules on `sub` values: patterns that admit any project (`policy-sub-too-broad`) and patterns the
/// provider's `sub` grammar can never produce (`policy-sub-unmatchable`, failure story 13;
/// `providers.md` §1.4 and §2.4).
enum SubPatternRules {
  /// `policy-sub-too-broad`: a `StringLike` sub value admits any project or repository of the issuer.
  static func tooBroad(_ scope: LintScope) -> [Finding] {
    subValues(scope).filter { $0.condition.op.base == .stringLike && isTooBroad($0.value) }.map { entry in
      Finding(
        .policySubTooBroad, .warning, title: "The sub pattern admits any project of the issuer",
        evidence: [Evidence("statement", String(entry.number)), Evidence("key", entry.condition.key), Evidence("value", entry.value)],
        fix: "Name the project or repository exactly and narrow the ref, e.g. repo:ORG/REPO:ref:refs/heads/main.")
    }
  }

  /// True when a pattern leaves the project or repository open (`*`, `repo:*`, `repo:org/*`,
  /// `project_path:g/*`, or any `name:value:…` sub whose first value starts with a wildcard, such as
  /// Buildkite's or HCP Terraform's `organization:*:…`).
  public static func isTooBroad(_ pattern: String) -> Bool {
    if pattern.unicodeScalars.allSatisfy({ $0 == "*" || $0 == "?" }) || pattern.hasPrefix("*") { return true }
    if let colon = pattern.firstIndex(of: ":"), pattern[..<colon].allSatisfy({ $0.isLetter || $0 == "_" }),
      let first = pattern[pattern.index(after: colon)...].first, first == "*" || first == "?"
    {
      return true
    }
    for family in ["repo:", "project_path:"] where pattern.hasPrefix(family) {
      let rest = pattern.dropFirst(family.count)
      let path = rest.prefix { $0 != ":" }
      let context = rest.dropFirst(path.count)
      let components = path.split(separator: "/", omittingEmptySubsequences: false)
      if PatternMatch.hasWildcard(String(components.first ?? "")) { return true }
      let name = components.dropFirst().joined(separator: "/")
      let openName = name.isEmpty || name.unicodeScalars.allSatisfy { $0 == "*" || $0 == "?" }
      let openContext = context.unicodeScalars.allSatisfy { $0 == "*" || $0 == "?" || $0 == ":" }
      if openName && openContext { return true }
    }
    return false
  }

  /// `policy-sub-unmatchable`: error when every value of the condition is unmatchable, warning when some are.
  static func unmatchable(_ scope: LintScope) -> [Finding] {
    var findings: [Finding] = []
    let byCondition = Dictionary(grouping: subValues(scope), by: { "\($0.number)|\($0.condition.op)|\($0.condition.key)" })
    for entry in subValues(scope) {
      let literal = entry.condition.op.base != .stringLike
      guard let reason = unmatchableReason(entry.value, literal: literal) else { continue }
      let group = byCondition["\(entry.number)|\(entry.condition.op)|\(entry.condition.key)"] ?? []
      let all = group.allSatisfy { unmatchableReason($0.value, literal: literal) != nil }
      findings.append(
        Finding(
          .policySubUnmatchable, all ? .error : .warning, title: "The sub pattern can never match a token of this provider",
          evidence: [
            Evidence("statement", String(entry.number)), Evidence("key", entry.condition.key), Evidence("value", entry.value),
            Evidence("problem", reason),
          ],
          awsError: all ? AWSErrorText.notAuthorized : nil,
          fix:
            "Write the value in the provider's sub format (GitLab: ref_type:branch|tag:ref:<short name>; GitHub: ref:refs/heads/<branch>).",
          confidence: .observed))
    }
    return findings
  }

  /// Why a value cannot match the provider's `sub` grammar, or nil. `literal` for StringEquals.
  public static func unmatchableReason(_ value: String, literal: Bool) -> String? {
    let open = { (s: Substring) in !literal && PatternMatch.hasWildcard(String(s)) }
    if value.hasPrefix("project_path:") {
      if let refType = segment(value, after: ":ref_type:"), !open(refType), refType != "branch", refType != "tag" {
        return "GitLab ref_type is only branch or tag (found \(refType))"
      }
      if let ref = segment(value, after: ":ref:", toEnd: true), ref.hasPrefix("refs/") {
        return "GitLab puts the short ref name in sub (main, not refs/heads/main)"
      }
    } else if value.hasPrefix("repo:"), let ref = segment(value, after: ":ref:", toEnd: true), !ref.hasPrefix("refs/"),
      !(open(ref) && (ref.hasPrefix("*") || ref.hasPrefix("?") || "refs/".hasPrefix(ref.prefix { $0 != "*" && $0 != "?" })))
    {
      return "GitHub puts the full ref in sub (refs/heads/main, not main)"
    }
    return nil
  }

  /// The text after `marker`, up to the next `:` (or to the end).
  static func segment(_ value: String, after marker: String, toEnd: Bool = false) -> Substring? {
    guard let range = value.firstRange(of: marker) else { return nil }
    let rest = value[range.upperBound...]
    return toEnd ? rest : rest.prefix { $0 != ":" }
  }

  /// Values of positive string conditions on `<provider>:sub` in Allow statements.
  static func subValues(_ scope: LintScope) -> [(number: Int, condition: PolicyCondition, value: String)] {
    scope.webIdentityAllows.flatMap { number, statement in
      statement.conditions.filter { scope.claim(of: $0.key)?.lowercased() == "sub" && $0.op.base.isString && !$0.op.base.isNegated }
        .flatMap { c in c.values.map { (number, c, $0) } }
    }
  }
}

/// Condition-key rules (`findings.md` trust policy table; `aws-oidc-rules.md` §6–8).
extension LintRules {
  /// `policy-key-prefix-mismatch`: a provider key whose prefix is not the issuer's host/path.
  static func keyPrefixMismatch(_ scope: LintScope) -> [Finding] {
    guard let prefix = scope.prefix else { return [] }
    return scope.conditions.compactMap { number, condition -> Finding? in
      guard let key = ConditionKey(condition.key), key.isProviderKey, key.prefix.lowercased() != prefix.lowercased() else { return nil }
      return Finding(
        .policyKeyPrefixMismatch, .error, title: "A condition key names another provider",
        evidence: [Evidence("statement", String(number)), Evidence("key", condition.key), Evidence("expected prefix", prefix)],
        awsError: AWSErrorText.notAuthorized,
        fix: "Rename the key to \(prefix):\(key.name) (the issuer's host and path, exactly).")
    }
  }

  /// `policy-missing-aud`: no condition on `<provider>:aud`.
  static func missingAud(_ scope: LintScope) -> [Finding] {
    scope.webIdentityAllows.compactMap { number, statement -> Finding? in
      guard !statement.conditions.contains(where: { scope.claim(of: $0.key) == "aud" && !$0.op.base.isNegated }) else { return nil }
      return Finding(
        .policyMissingAud, .warning, title: "The trust policy does not check the audience",
        evidence: [Evidence("statement", String(number)), Evidence("key", "\(scope.prefix ?? "<provider>"):aud")],
        fix: "Add \"StringEquals\": {\"\(scope.prefix ?? "<provider>"):aud\": \"<your audience>\"}.")
    }
  }

  /// `policy-wildcard-without-like`: `*` or `?` under an equality operator is literal.
  static func wildcardWithoutLike(_ scope: LintScope) -> [Finding] {
    let equality: [ConditionOperator.Base] = [.stringEquals, .stringNotEquals, .stringEqualsIgnoreCase, .stringNotEqualsIgnoreCase]
    return scope.conditions.flatMap { number, c in
      c.values.filter { equality.contains(c.op.base) && PatternMatch.hasWildcard($0) }.map { value in
        Finding(
          .policyWildcardWithoutLike, .warning, title: "A wildcard under \(c.op.base.rawValue) is matched literally",
          evidence: [
            Evidence("statement", String(number)), Evidence("operator", c.op.description), Evidence("key", c.key), Evidence("value", value),
          ],
          fix: "Use StringLike (or StringNotLike) if the * or ? is meant as a wildcard.")
      }
    }
  }

  /// `policy-forallvalues-single-valued`: `ForAllValues:` is true when the key is absent.
  static func forAllValuesSingleValued(_ scope: LintScope) -> [Finding] {
    scope.conditions.compactMap { number, c -> Finding? in
      guard c.op.qualifier == .forAllValues, !isMultivalued(c.key, scope) else { return nil }
      return Finding(
        .policyForAllValuesSingleValued, .warning, title: "ForAllValues on a single-valued key is true when the key is absent",
        evidence: [Evidence("statement", String(number)), Evidence("operator", c.op.description), Evidence("key", c.key)],
        fix: "Remove the ForAllValues: qualifier from \(c.op.description).")
    }
  }

  static func isMultivalued(_ key: String, _ scope: LintScope) -> Bool {
    if ["aws:tagkeys", "sts:transitivetagkeys"].contains(key.lowercased()) { return true }
    guard let claim = scope.claim(of: key)?.lowercased() else { return false }
    return claim == "amr" || (claim == "aud" && scope.profile.kind != .githubActions)
  }

  /// `policy-unusable-key`: a provider key IAM does not evaluate for this issuer.
  static func unusableKey(_ scope: LintScope) -> [Finding] {
    scope.conditions.compactMap { number, c -> Finding? in
      guard let claim = scope.claim(of: c.key) else { return nil }
      let lower = claim.lowercased()
      let confirmed = scope.profile.conditionableClaims.contains { $0.lowercased() == lower }
      guard !confirmed else { return nil }
      let unconfirmed = scope.profile.unconfirmedConditionableClaims.contains { $0.lowercased() == lower }
      let vacuous = c.op.base.isNegated || c.op.ifExists || c.op.qualifier == .forAllValues || c.op.base == .null
      return Finding(
        .policyUnusableKey, unconfirmed || vacuous ? .warning : .error,
        title: unconfirmed ? "IAM may not evaluate this condition key" : "IAM does not evaluate this condition key",
        evidence: [
          Evidence("statement", String(number)), Evidence("key", c.key), Evidence("provider", scope.profile.name),
          Evidence("usable keys", scope.profile.conditionableClaims.map { "\(scope.prefix ?? ""):\($0)" }.joined(separator: ", ")),
        ],
        awsError: unconfirmed || vacuous ? nil : AWSErrorText.notAuthorized,
        fix: "Move the restriction into the sub pattern, or carry the claim as a session tag and use aws:RequestTag/\(claim).",
        confidence: unconfirmed ? .unconfirmed : .documented)
    }
  }
}

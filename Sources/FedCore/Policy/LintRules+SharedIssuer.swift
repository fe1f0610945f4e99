/// `policy-missing-sub`: IAM's identity-provider controls for shared issuers, keyed on the
/// policy's **principal** (IAM names the key it requires after the principal's host/path).
///
/// Sources: AWS IAM User Guide id_roles_providers_oidc_secure-by-default (the controls);
/// unfunco/terraform-aws-oidc-github#57 (the exact CreateRole text for an enterprise-slug
/// principal, `…/myslug/myslug:sub`, and its fix commit 68288f7: a principal with a trailing slash
/// whose keys carry the slash was saved); configure-aws-credentials#1043; subvectors v0.4.2
/// release notes and prowler#12845 (only the first value of the condition is checked).
extension LintRules {
  /// `MalformedPolicyDocument: Trust policy with trusted principal <arn> must evaluate, using
  /// StringEquals, StringLike or StringEqualsIgnoreCase, <keys joined by " or "> which is not scoped to all.`
  public static func sharedIssuerRefusal(principal: String, keys: [String]) -> String {
    "MalformedPolicyDocument: Trust policy with trusted principal \(principal) must evaluate, using StringEquals, "
      + "StringLike or StringEqualsIgnoreCase, \(keys.joined(separator: " or ")) which is not scoped to all."
  }

  /// The keys IAM requires for a principal (`<principal host/path>:<claim>`), or nil when the
  /// principal is not a recognised shared issuer.
  public static func requiredKeys(principal: String) -> [String]? {
    guard let arn = ProviderARN(principal), let claims = SharedIssuers.requiredClaims(forIssuer: arn.hostPath) else { return nil }
    return claims.map { $0.contains(":") ? $0 : "\(arn.hostPath):\($0)" }
  }

  /// The keys a shared profile (given in the lint context) requires, for a principal naming its issuer.
  static func profileKeys(_ principal: String, _ scope: LintScope) -> [String]? {
    guard scope.profile.sharedIssuer, !scope.profile.requiredPolicyClaims.isEmpty, let arn = ProviderARN(principal),
      arn.hostPath == scope.prefix
    else { return nil }
    return scope.profile.requiredPolicyClaims.map { $0.contains(":") ? $0 : "\(arn.hostPath):\($0)" }
  }

  /// True when one condition evaluates a key with a scoping operator whose first value is not `*`.
  static func scopes(_ statement: PolicyStatement, keys: [String]) -> Bool {
    let wanted = Set(keys.map { $0.lowercased() })
    return statement.conditions.contains { c in
      c.op.isScopingOperator && wanted.contains(c.key.lowercased()) && (c.values.first.map { $0 != "*" } ?? false)
    }
  }

  static func missingSub(_ scope: LintScope) -> [Finding] {
    scope.webIdentityAllows.compactMap { number, statement -> Finding? in
      for principal in statement.principal.federated {
        guard let keys = requiredKeys(principal: principal) ?? profileKeys(principal, scope) else { continue }
        guard !scopes(statement, keys: keys) else { return nil }
        return refusal(number, principal: principal, keys: keys)
      }
      return privateIssuer(number, statement, scope)
    }
  }

  /// The error for a shared principal that is not scoped. A principal with a trailing slash is
  /// unconfirmed territory (IAM saved one whose keys carried the slash): a warning.
  static func refusal(_ number: Int, principal: String, keys: [String]) -> Finding {
    let trailingSlash = principal.hasSuffix("/")
    return Finding(
      .policyMissingSub, trailingSlash ? .warning : .error,
      title: "The trust policy does not scope the subject: IAM refuses to save it for this shared issuer",
      evidence: [
        Evidence("statement", String(number)), Evidence("principal", principal), Evidence("required", keys.joined(separator: " or ")),
        Evidence("shared issuer", "yes"),
      ],
      awsError: sharedIssuerRefusal(principal: principal, keys: keys),
      fix: "Add \"StringLike\": {\"\(keys[0])\": \"<the sub of your project and branch>\"} (the key is named after the principal).",
      confidence: trailingSlash ? .unconfirmed : .observed)
  }

  /// The warning for a private issuer with no `sub` condition (IAM saves it; any subject of the issuer may assume).
  static func privateIssuer(_ number: Int, _ statement: PolicyStatement, _ scope: LintScope) -> Finding? {
    let prefix = statement.principal.federated.lazy.compactMap { ProviderARN($0)?.hostPath }.first ?? scope.prefix ?? "<provider>"
    let key = "\(prefix):sub"
    let scoped = statement.conditions.contains { c in
      c.op.isScopingOperator && (c.key.lowercased() == key.lowercased() || scope.claim(of: c.key)?.lowercased() == "sub")
        && !c.values.contains("*")
    }
    guard !scoped else { return nil }
    return Finding(
      .policyMissingSub, .warning, title: "The trust policy does not scope the subject",
      evidence: [Evidence("statement", String(number)), Evidence("required", key), Evidence("shared issuer", "no")],
      fix: "Add \"StringLike\": {\"\(key)\": \"<the sub of your project and branch>\"}.")
  }
}

/// Builds the trust policy for a `TrustPolicySpec` (`aws-oidc-rules.md` §7 template).
///
/// `aud` is always `StringEquals`; `sub` is `StringLike` when any value has a wildcard, else
/// `StringEquals` (one operator for all values, so that they stay one OR list).
public enum PolicyGenerator {
  public static let webIdentityAction = "sts:AssumeRoleWithWebIdentity"
  public static let tagSessionAction = "sts:TagSession"

  /// The policy document.
  public static func document(for spec: TrustPolicySpec) -> PolicyDocument {
    let subs = spec.scope.subPatterns
    let subOperator: ConditionOperator.Base = subs.contains(where: PatternMatch.hasWildcard) ? .stringLike : .stringEquals
    var actions = [webIdentityAction]
    if spec.sessionTags { actions.append(tagSessionAction) }
    let statement = PolicyStatement(
      sid: "OIDCFederation", effect: .allow, principal: PolicyPrincipal(federated: [spec.providerARN]), actions: actions,
      conditions: [
        PolicyCondition(ConditionOperator(.stringEquals), spec.keyPrefix + ":aud", spec.audiences),
        PolicyCondition(ConditionOperator(subOperator), spec.keyPrefix + ":sub", subs),
      ] + EventScope.denyConditions(for: spec))
    var document = PolicyDocument(statements: [statement])
    document.nonWhitespaceLength = PatternMatch.nonWhitespaceCount(JSONWriter.string(PolicyRenderer.json(document)))
    return document
  }

  /// The policy as pretty JSON (the `json` export format).
  public static func json(for spec: TrustPolicySpec) -> String {
    PolicyRenderer.text(document(for: spec))
  }
}

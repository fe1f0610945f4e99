/// `claim-not-conditionable`: failure #4 of the motivating report. For each claim the operator
/// wants to restrict on (`--want-claim`) that IAM does not evaluate for this issuer: every
/// token claim with its condition-key status, and the routes that work
/// (`spec/aws-oidc-rules.md` §6, `spec/providers.md` §1.6, failure story #16).
enum ClaimConditionRules {
  /// Claims that would tie a role to one project/repository, when `sub` cannot.
  static let scopeClaims = ["project_id", "project_path", "namespace_id", "repository", "repository_id"]

  static func findings(_ c: DiagnosisContext) -> [Finding] {
    guard let jwt = c.jwt else { return [] }
    var out = c.input.wantClaims.compactMap { wanted(claim: $0, jwt: jwt, c) }
    if c.input.wantClaims.isEmpty, let sub = jwt.sub, !SubjectRules.scopes(sub, c) {
      let stuck = scopeClaims.filter { jwt.claims[$0] != nil && c.profile.conditionability($0) == .no }
      if !stuck.isEmpty { out.append(unusable(stuck, severity: .warning, jwt: jwt, c)) }
    }
    return out
  }

  static func wanted(claim: String, jwt: JWT, _ c: DiagnosisContext) -> Finding? {
    let key = "\(c.conditionPrefix):\(claim)"
    switch c.profile.conditionability(claim) {
    case .confirmed where ClaimTable.registered.contains(claim) == false:
      guard jwt.claims[claim] == nil else { return nil }
      return Finding(
        .claimNotConditionable, .warning, title: "\(claim) is a condition key, but this token does not carry it",
        evidence: [Evidence("wanted", claim), Evidence("condition key", "\(key) usable"), Evidence("token value", "(absent)")]
          + ClaimTable.evidence(c),
        awsError: AWSErrorText.notAuthorized,
        fix: "A condition on an absent key is false: make the issuer emit \(claim), or condition on sub.", confidence: .documented)
    case .unconfirmed:
      return Finding(
        .claimNotConditionable, .warning, title: "\(key) may not be evaluated by IAM (unconfirmed)",
        evidence: [Evidence("wanted", claim), Evidence("condition key", "\(key) unconfirmed")] + ClaimTable.evidence(c)
          + ClaimTable.routes(for: claim, c),
        fix: "Test a role with this condition before relying on it, or use a route below.", confidence: .unconfirmed)
    default:
      return unusable([claim], severity: .error, jwt: jwt, c)
    }
  }

  static func unusable(_ claims: [String], severity: Severity, jwt: JWT, _ c: DiagnosisContext) -> Finding {
    let keys = claims.map { "\(c.conditionPrefix):\($0)" }
    var evidence = [Evidence("wanted", claims.joined(separator: ", ")), Evidence("issuer", "\(c.profile.name) (\(c.conditionPrefix))")]
    evidence += ClaimTable.evidence(c)
    evidence += ClaimTable.routes(for: claims[0], c)
    if let sub = jwt.sub { evidence.append(Evidence("sub today", sub)) }
    return Finding(
      .claimNotConditionable, severity,
      title: severity == .error
        ? "IAM does not evaluate \(keys.joined(separator: ", ")): the policy cannot restrict on it"
        : "The claims that would scope this role are not IAM condition keys for this issuer",
      evidence: evidence, awsError: AWSErrorText.notAuthorized,
      fix: "A condition on \(keys[0]) never matches (AccessDenied) or is refused. Use a route listed in the evidence: "
        + "fold the claim into sub, use a provider-specific key, or pass it as a session tag.",
      confidence: .documented)
  }
}

/// Principal, action, size and session-tag rules (`findings.md` trust policy table, `aws-oidc-rules.md` §7–8).
enum LintRules {
  static let federatedActions = ["sts:AssumeRoleWithWebIdentity", "sts:TagSession", "sts:SetSourceIdentity"]

  /// `policy-principal-mismatch`: `Federated` is not `arn:<partition>:iam::<account>:oidc-provider/<iss host/path>`.
  static func principalMismatch(_ scope: LintScope) -> [Finding] {
    var findings: [Finding] = []
    for (number, statement) in scope.document.statements.enumerated().map({ ($0.offset + 1, $0.element) })
    where statement.effect == .allow && PolicyEvaluator.actionMatches(statement, PolicyGenerator.webIdentityAction) {
      if statement.principal.federated.isEmpty && !statement.principal.isWildcard {
        findings.append(principalFinding(number, "no Federated principal", expected(scope)))
        continue
      }
      let problems = statement.principal.federated.map { problem($0, scope) }
      if !problems.contains(where: { $0 == nil }), let first = problems.compactMap({ $0 }).first {
        findings.append(principalFinding(number, first, expected(scope)))
      }
    }
    return findings
  }

  /// What is wrong with one Federated value, or nil when it names the expected provider.
  static func problem(_ value: String, _ scope: LintScope) -> String? {
    guard let arn = ProviderARN(value) else { return "\(value) is not an oidc-provider ARN" }
    if !AWSPartition.allCases.map(\.rawValue).contains(arn.partition) { return "unknown partition \"\(arn.partition)\"" }
    if let p = scope.context.partition, p.rawValue != arn.partition { return "partition \(arn.partition), expected \(p.rawValue)" }
    if !ProviderARN.isAccountID(arn.account) { return "account \"\(arn.account)\" is not 12 digits" }
    if let a = scope.context.accountID, a != arn.account { return "account \(arn.account), expected \(a)" }
    if let prefix = scope.prefix, arn.hostPath != prefix { return "provider \(arn.hostPath), but the issuer is \(prefix)" }
    return nil
  }

  static func expected(_ scope: LintScope) -> String {
    let partition = scope.context.partition?.rawValue ?? "aws"
    return "arn:\(partition):iam::\(scope.context.accountID ?? "<account>"):oidc-provider/\(scope.prefix ?? "<host/path>")"
  }

  static func principalFinding(_ number: Int, _ problem: String, _ expected: String) -> Finding {
    Finding(
      .policyPrincipalMismatch, .error, title: "The trust policy's principal is not this issuer's OIDC provider",
      evidence: [Evidence("statement", String(number)), Evidence("problem", problem), Evidence("expected", expected)],
      awsError: AWSErrorText.notAuthorized,
      fix: "Set Principal.Federated to \(expected) (the token's iss without https://, path and trailing slash included).")
  }

  /// `policy-action-mismatch`: an OIDC principal with an action other than the web-identity ones.
  static func actionMismatch(_ scope: LintScope) -> [Finding] {
    scope.federatedStatements.compactMap { number, statement -> Finding? in
      let others =
        statement.actionIsNegated
        ? statement.actions.map { "NotAction " + $0 }
        : statement.actions.filter { a in !federatedActions.contains { $0.lowercased() == a.lowercased() } }
      let hasWebIdentity = PolicyEvaluator.actionMatches(statement, PolicyGenerator.webIdentityAction)
      guard !others.isEmpty || !hasWebIdentity else { return nil }
      return Finding(
        .policyActionMismatch, .error, title: "The OIDC principal is paired with the wrong action",
        evidence: [Evidence("statement", String(number)), Evidence("actions", statement.actions.joined(separator: ", "))],
        awsError: AWSErrorText.mismatchedAction,
        fix: "Use \"Action\": \"sts:AssumeRoleWithWebIdentity\" (plus sts:TagSession or sts:SetSourceIdentity when needed).")
    }
  }

  /// `policy-too-large`: over 2,048 characters excluding whitespace (default quota `L-C07B4B0D`).
  static func tooLarge(_ scope: LintScope) -> [Finding] {
    let size = scope.document.nonWhitespaceLength
    guard size > 2048 else { return [] }
    return [
      Finding(
        .policyTooLarge, .warning, title: "The trust policy exceeds the default 2,048-character quota",
        evidence: [Evidence("characters (excluding whitespace)", String(size)), Evidence("quota", "2048")],
        awsError: AWSErrorText.trustPolicyQuota,
        fix: "Merge sub values into wildcard patterns, or raise the quota (Service Quotas L-C07B4B0D).", confidence: .observed)
    ]
  }

  /// `policy-tagsession-missing`: the token carries session tags and no statement allows `sts:TagSession`.
  static func tagSessionMissing(_ scope: LintScope) -> [Finding] {
    guard scope.context.tokenHasSessionTags else { return [] }
    let allowed = scope.document.statements.contains {
      $0.effect == .allow && (!$0.principal.federated.isEmpty || $0.principal.isWildcard)
        && PolicyEvaluator.actionMatches($0, PolicyGenerator.tagSessionAction)
    }
    guard !allowed else { return [] }
    return [
      Finding(
        .policyTagSessionMissing, .error, title: "The token carries session tags but the policy lacks sts:TagSession",
        evidence: [Evidence("claim", RequestContext.tagsClaim)],
        awsError: AWSErrorText.tagSessionDenied,
        fix: "Add \"sts:TagSession\" to the statement's Action list.")
    ]
  }
}

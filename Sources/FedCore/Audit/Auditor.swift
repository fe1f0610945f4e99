/// What the audit knows besides the accounts: an optional token to evaluate every role against.
public struct AuditOptions: Sendable {
  /// Claims of the token (`--token-file`), or nil.
  public var tokenClaims: JSONValue?
  /// Known GitHub IDs by `owner/repo` (lowercased), for the immutable `sub` in fixes.
  public var githubIDs: [String: GitHubRepositoryIDs]

  public init(tokenClaims: JSONValue? = nil, githubIDs: [String: GitHubRepositoryIDs] = [:]) {
    self.tokenClaims = tokenClaims
    self.githubIDs = githubIDs
  }

  /// Options for a token: its claims, and its repository's IDs when it is a GitHub token.
  public static func token(_ claims: JSONValue) -> AuditOptions {
    var ids: [String: GitHubRepositoryIDs] = [:]
    if let repo = claims["repository"]?.stringValue, let owner = claims["repository_owner_id"]?.stringValue,
      let id = claims["repository_id"]?.stringValue
    {
      ids[repo.lowercased()] = GitHubRepositoryIDs(ownerID: owner, repositoryID: id)
    }
    return AuditOptions(tokenClaims: claims, githubIDs: ids)
  }
}

/// The account-wide audit: pure, linear in the number of roles and providers.
public enum Auditor {
  /// Audits several accounts.
  public static func audit(_ accounts: [AuditAccountInput], options: AuditOptions = AuditOptions()) -> AuditReport {
    AuditReport(accounts: accounts.map { audit($0, options: options) }, tokenEvaluated: options.tokenClaims != nil)
  }

  /// Audits one account: every role whose trust policy has an OIDC `Federated` principal, and every provider.
  public static func audit(_ account: AuditAccountInput, options: AuditOptions = AuditOptions()) -> AccountAudit {
    let registered = account.providers.map { $0.map(\.arn) }
    var roles: [AuditedRole] = []
    var audiences: [String: [AudienceCondition?]] = [:]
    for input in account.roles {
      guard let (role, byProvider) = auditRole(input, registered: registered, options: options) else { continue }
      roles.append(role)
      for (arn, aud) in byProvider { audiences[arn, default: []].append(aud) }
    }
    return AccountAudit(
      account: account.account, source: account.source, providersKnown: account.providers != nil,
      providers: providers(account, audiences: audiences), roles: roles)
  }

  /// The providers: the registered ones with their rules, or (unknown list) the ones roles name.
  static func providers(_ account: AuditAccountInput, audiences: [String: [AudienceCondition?]]) -> [AuditedProvider] {
    guard let list = account.providers else {
      return audiences.keys.sorted().map { arn in
        AuditedProvider(
          arn: arn, url: ProviderARN(arn)?.hostPath, clientIDs: nil, thumbprints: nil, registered: nil, findings: [])
      }
    }
    return list.map { p in
      let trusting = audiences[p.arn] ?? []
      var findings = AccountRules.providerUnused(p.arn, trustedBy: trusting.count)
      if let ids = p.clientIDs, !trusting.isEmpty {
        findings += AccountRules.clientIDsUnused(p.arn, clientIDs: ids, audiences: trusting)
      }
      return AuditedProvider(
        arn: p.arn, url: p.url, clientIDs: p.clientIDs, thumbprints: p.thumbprints, registered: true, findings: findings)
    }
  }

  /// One role's audit and its `aud` conditions per trusted provider; nil when it trusts no OIDC provider.
  static func auditRole(_ input: AuditRoleInput, registered: [String]?, options: AuditOptions)
    -> (AuditedRole, [(String, AudienceCondition?)])?
  {
    let document: PolicyDocument
    switch PolicyParser.parse(input.trustPolicy) {
    case .success(let d): document = d
    case .failure(let error):
      guard input.trustPolicy.contains(":oidc-provider/") else { return nil }
      return (AuditedRole(arn: input.arn, provider: nil, findings: [PolicyLinter.invalid(error)]), [])
    }
    let trusted = unique(document.statements.flatMap(\.principal.federated).filter { ProviderARN($0) != nil })
    guard let first = trusted.first else { return nil }
    var findings: [Finding] = []
    var byProvider: [(String, AudienceCondition?)] = []
    let account = accountID(of: input.arn)
    for arn in trusted {
      let issuer = "https://" + (ProviderARN(arn)?.hostPath ?? "")
      let context = PolicyLintContext(
        issuer: issuer, accountID: account, tokenHasSessionTags: options.tokenClaims?[RequestContext.tagsClaim] != nil)
      let scope = LintScope(document: document, context: context)
      // The audit's `policy-sub-mutable` (a warning, with the immutable form) supersedes the
      // linter's `policy-sub-name-based` note on the same patterns: one finding per defect.
      findings += PolicyLinter.lint(document, context: context).filter { $0.id != .policySubNameBased }
      findings += SubAuditRules.wildcardAnywhere(scope)
      findings += SubAuditRules.mutable(scope, ids: options.githubIDs)
      byProvider.append((arn, AudienceCondition.of(scope)))
    }
    if let registered { findings += AccountRules.providerMissing(role: input.arn, trusted: trusted, registered: registered) }
    var role = AuditedRole(arn: input.arn, provider: first, findings: unique(findings))
    if let claims = options.tokenClaims, let iss = claims["iss"]?.stringValue {
      let decision = PolicyEvaluator.evaluate(
        document, claims: claims, issuer: iss, profile: KnownProviders.profile(forIssuer: iss, claims: claims))
      role.decision = decision
      role.acceptsToken = decision.allowed
    } else if options.tokenClaims != nil {
      role.acceptsToken = false
    }
    return (role, byProvider)
  }

  /// The account field of an IAM ARN (`arn:aws:iam::123456789012:role/x`), or nil.
  public static func accountID(of arn: String) -> String? {
    let fields = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
    guard fields.count == 6, fields[0] == "arn", ProviderARN.isAccountID(String(fields[4])) else { return nil }
    return String(fields[4])
  }

  static func unique<T: Equatable>(_ items: [T]) -> [T] {
    var out: [T] = []
    for item in items where !out.contains(item) { out.append(item) }
    return out
  }
}

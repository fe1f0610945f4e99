/// What the linter knows besides the policy: the issuer it is for, the account, and the token.
public struct PolicyLintContext: Sendable, Equatable {
  /// The issuer (`iss`) the policy should trust; nil derives it from the first provider ARN.
  public var issuer: String?
  public var accountID: String?
  public var partition: AWSPartition?
  /// Provider facts; nil looks the issuer up in `KnownProviders`.
  public var profile: ProviderProfile?
  /// The token carries `https://aws.amazon.com/tags` (then `sts:TagSession` is required).
  public var tokenHasSessionTags: Bool

  public init(
    issuer: String? = nil, accountID: String? = nil, partition: AWSPartition? = nil, profile: ProviderProfile? = nil,
    tokenHasSessionTags: Bool = false
  ) {
    self.issuer = issuer
    self.accountID = accountID
    self.partition = partition
    self.profile = profile
    self.tokenHasSessionTags = tokenHasSessionTags
  }
}

/// The `policy-*` rules of `spec/findings.md` over a trust policy. Pure; findings in rule order.
public enum PolicyLinter {
  /// Parses and lints a policy text; a text that is not a policy gives one `policy-invalid`.
  public static func lint(text: String, context: PolicyLintContext) -> [Finding] {
    switch PolicyParser.parse(text) {
    case .success(let document): return lint(document, context: context)
    case .failure(let error): return [invalid(error)]
    }
  }

  /// Lints a parsed policy.
  public static func lint(_ document: PolicyDocument, context: PolicyLintContext) -> [Finding] {
    let scope = LintScope(document: document, context: context)
    var findings: [Finding] = []
    findings += LintRules.principalMismatch(scope)
    findings += LintRules.actionMismatch(scope)
    findings += LintRules.keyPrefixMismatch(scope)
    findings += LintRules.missingAud(scope)
    findings += LintRules.missingSub(scope)
    findings += SubPatternRules.tooBroad(scope)
    findings += SubPatternRules.unmatchable(scope)
    findings += SubNameBasedRule.findings(scope)
    findings += PartitionAudienceRule.findings(scope)
    findings += LintRules.wildcardWithoutLike(scope)
    findings += LintRules.forAllValuesSingleValued(scope)
    findings += LintRules.unusableKey(scope)
    findings += LintRules.tooLarge(scope)
    findings += LintRules.tagSessionMissing(scope)
    return findings
  }

  /// The `policy-invalid` finding for a parse error.
  public static func invalid(_ error: PolicyParseError) -> Finding {
    Finding(
      .policyInvalid, .error, title: "The trust policy is not a valid IAM policy document",
      evidence: [Evidence("problem", error.message)], awsError: AWSErrorText.malformedPolicyCode,
      fix: "Correct the policy so that it is a JSON object with Version \"2012-10-17\" and a Statement list.")
  }
}

/// The policy plus everything derived once for the rules.
struct LintScope {
  var document: PolicyDocument
  var context: PolicyLintContext
  /// The issuer: given, or derived from the first `oidc-provider` ARN.
  var issuer: String?
  var profile: ProviderProfile
  /// `<host/path>` of the provider, when the issuer is known.
  var prefix: String?

  init(document: PolicyDocument, context: PolicyLintContext) {
    self.document = document
    self.context = context
    let derived = document.statements.lazy.flatMap(\.principal.federated).compactMap { ProviderARN($0) }.first
    issuer = context.issuer ?? derived.map { "https://" + $0.hostPath }
    profile = context.profile ?? issuer.map { KnownProviders.profile(forIssuer: $0) } ?? KnownProviders.generic
    prefix = issuer.map { IAMNaming.providerHost(issuer: $0) }
  }

  /// Statements trusting an OIDC provider (a `Federated` principal).
  var federatedStatements: [(number: Int, statement: PolicyStatement)] {
    document.statements.enumerated().filter { !$0.element.principal.federated.isEmpty }.map { ($0.offset + 1, $0.element) }
  }

  /// Allow statements for web identity: the ones IAM's controls and the aud/sub advice apply to.
  var webIdentityAllows: [(number: Int, statement: PolicyStatement)] {
    federatedStatements.filter {
      $0.statement.effect == .allow && PolicyEvaluator.actionMatches($0.statement, PolicyGenerator.webIdentityAction)
    }
  }

  /// Every condition of the federated statements with its statement number.
  var conditions: [(number: Int, condition: PolicyCondition)] {
    federatedStatements.flatMap { entry in entry.statement.conditions.map { (entry.number, $0) } }
  }

  /// The claim part of a key for this provider (`gitlab.com:sub` → `sub`), case-insensitively.
  func claim(of key: String) -> String? {
    guard let prefix, let split = ConditionKey(key), split.prefix.lowercased() == prefix.lowercased() else { return nil }
    return split.name
  }
}

/// A condition key split at its first `:` (host/path never contains one: IAM forbids ports).
struct ConditionKey {
  var prefix: String
  var name: String

  init?(_ key: String) {
    guard let colon = key.firstIndex(of: ":") else { return nil }
    prefix = String(key[..<colon])
    name = String(key[key.index(after: colon)...])
  }

  /// True for a provider prefix (`gitlab.com`, `host/path`), false for `aws:`, `sts:`, ...
  var isProviderKey: Bool { prefix.contains(".") || prefix.contains("/") }
}

/// What FedTUI knows about one kind of OIDC issuer, kept as data with a source per fact.
public struct ProviderProfile: Sendable, Equatable {
  /// Which family: drives wizard defaults and `sub` grammar.
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    case gitlabCom = "gitlab.com"
    case gitlabSelfManaged = "gitlab-self-managed"
    case githubActions = "github-actions"
    case buildkite
    case circleci
    case terraformCloud = "hcp-terraform"
    case bitbucket
    case generic
  }

  public var kind: Kind
  /// Human name ("GitLab.com", "GitHub Actions").
  public var name: String
  /// Example or exact issuer (`https://gitlab.com`).
  public var issuerExample: String
  /// The audience this provider's tokens carry by default, where one is conventional.
  public var defaultAudience: String?
  /// The `sub` template, e.g. `project_path:{group}/{project}:ref_type:{branch|tag}:ref:{ref}`.
  public var subFormat: String
  /// Paths (relative to the issuer) where this provider may publish keys besides `jwks_uri`.
  public var alternateKeyPaths: [String]
  /// Claims IAM accepts as `<provider>:<claim>` condition keys for this issuer.
  public var conditionableClaims: [String]
  /// Conditionable claims whose support is UNCONFIRMED (warn, never error).
  public var unconfirmedConditionableClaims: [String]
  /// Whether IAM treats the issuer as shared (write-time identity-provider controls).
  public var sharedIssuer: Bool
  /// Claims of which at least one must be evaluated (with StringEquals/Like/EqualsIgnoreCase) when shared.
  public var requiredPolicyClaims: [String]
  /// Where the facts come from (spec sections, docs URLs).
  public var sources: [String]

  public init(
    kind: Kind, name: String, issuerExample: String, defaultAudience: String?, subFormat: String,
    alternateKeyPaths: [String], conditionableClaims: [String], unconfirmedConditionableClaims: [String] = [],
    sharedIssuer: Bool, requiredPolicyClaims: [String], sources: [String]
  ) {
    self.kind = kind
    self.name = name
    self.issuerExample = issuerExample
    self.defaultAudience = defaultAudience
    self.subFormat = subFormat
    self.alternateKeyPaths = alternateKeyPaths
    self.conditionableClaims = conditionableClaims
    self.unconfirmedConditionableClaims = unconfirmedConditionableClaims
    self.sharedIssuer = sharedIssuer
    self.requiredPolicyClaims = requiredPolicyClaims
    self.sources = sources
  }

  /// True when IAM evaluates `<provider>:<claim>` for this issuer (confirmed or not).
  public func isConditionable(_ claim: String) -> Bool {
    conditionableClaims.contains(claim) || unconfirmedConditionableClaims.contains(claim)
  }
}

/// IAM naming derived from an issuer URL (`spec/aws-oidc-rules.md` §1).
public enum IAMNaming {
  /// The provider URL as IAM stores it: the issuer without `https://` (path and trailing slash kept).
  public static func providerHost(issuer: String) -> String {
    issuer.hasPrefix("https://") ? String(issuer.dropFirst(8)) : issuer
  }

  /// `arn:<partition>:iam::<account>:oidc-provider/<host/path>`.
  public static func providerARN(issuer: String, account: String, partition: String = "aws") -> String {
    "arn:\(partition):iam::\(account):oidc-provider/\(providerHost(issuer: issuer))"
  }

  /// `<host/path>:<claim>`, the condition key for a claim.
  public static func conditionKey(issuer: String, claim: String) -> String {
    "\(providerHost(issuer: issuer)):\(claim)"
  }
}

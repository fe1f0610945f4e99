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
    case kubernetes
    case generic
  }

  /// Whether IAM evaluates `<provider>:<claim>` for this issuer.
  public enum Conditionability: String, Sendable, Equatable {
    /// Documented (or reproduced) as a working condition key.
    case confirmed
    /// Listed by secondary sources only: a warning, never an error (`spec/findings.md`).
    case unconfirmed
    /// IAM does not evaluate it: a condition on it never matches.
    case no
  }

  public var kind: Kind
  /// Human name ("GitLab.com", "GitHub Actions").
  public var name: String
  /// Example or exact issuer (`https://gitlab.com`).
  public var issuerExample: String
  /// The issuer shapes this profile matches, for people (`https://oidc.circleci.com/org/<org-id>`).
  public var issuerPattern: String
  /// The audience this provider's tokens carry by default, where one is conventional.
  public var defaultAudience: String?
  /// The `sub` template, e.g. `project_path:{group}/{project}:ref_type:{branch|tag}:ref:{ref}`.
  public var subFormat: String
  /// Prefixes of a `sub` that names a project/repository (so a policy can scope on it).
  /// Empty: the provider's `sub` grammar is unknown (generic heuristics apply).
  public var subScopePrefixes: [String]
  /// How to put more claims into `sub`, where the provider allows it.
  public var subCustomization: String?
  /// The claims the `sub` template can include: nil when any claim can (GitHub's
  /// `include_claim_keys`), empty when `sub` is fixed.
  public var subTemplateClaims: [String]?
  /// How to make the provider emit the `https://aws.amazon.com/tags` session-tags claim, where it can.
  public var sessionTagsRoute: String?
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
    kind: Kind, name: String, issuerExample: String, issuerPattern: String? = nil, defaultAudience: String?,
    subFormat: String, subScopePrefixes: [String] = [], subCustomization: String? = nil, sessionTagsRoute: String? = nil,
    subTemplateClaims: [String]? = [], alternateKeyPaths: [String], conditionableClaims: [String],
    unconfirmedConditionableClaims: [String] = [],
    sharedIssuer: Bool, requiredPolicyClaims: [String], sources: [String]
  ) {
    self.kind = kind
    self.name = name
    self.issuerExample = issuerExample
    self.issuerPattern = issuerPattern ?? issuerExample
    self.defaultAudience = defaultAudience
    self.subFormat = subFormat
    self.subScopePrefixes = subScopePrefixes
    self.subCustomization = subCustomization
    self.sessionTagsRoute = sessionTagsRoute
    self.subTemplateClaims = subTemplateClaims
    self.alternateKeyPaths = alternateKeyPaths
    self.conditionableClaims = conditionableClaims
    self.unconfirmedConditionableClaims = unconfirmedConditionableClaims
    self.sharedIssuer = sharedIssuer
    self.requiredPolicyClaims = requiredPolicyClaims
    self.sources = sources
  }

  /// True when IAM evaluates `<provider>:<claim>` for this issuer (confirmed or not).
  /// Condition key names are case-insensitive (`spec/aws-oidc-rules.md` §6).
  public func isConditionable(_ claim: String) -> Bool { conditionability(claim) != .no }

  /// Whether IAM evaluates `<provider>:<claim>`, and how sure that is.
  public func conditionability(_ claim: String) -> Conditionability {
    let name = claim.lowercased()
    if conditionableClaims.contains(where: { $0.lowercased() == name }) { return .confirmed }
    if unconfirmedConditionableClaims.contains(where: { $0.lowercased() == name }) { return .unconfirmed }
    return .no
  }

  /// Whether a `sub` value names a project/repository by this provider's grammar
  /// (nil when the grammar is unknown).
  public func subIdentifiesProject(_ sub: String) -> Bool? {
    guard !subScopePrefixes.isEmpty else { return nil }
    if subScopePrefixes.contains(where: { sub.hasPrefix($0) }) { return true }
    return kind == .githubActions && GitHubSub.namesRepository(sub)
  }
}

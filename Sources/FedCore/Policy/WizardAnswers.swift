/// What the operator has entered in the policy wizard so far; the CLI fills it from flags.
public struct WizardAnswers: Sendable, Equatable {
  public var provider: PolicyProvider
  /// The issuer exactly as tokens carry it in `iss`.
  public var issuer: String
  public var accountID: String
  public var partition: AWSPartition
  public var audiences: [String]
  public var scope: ScopeAnswers
  public var sessionTags: Bool
  public var maxSessionDuration: Int
  public var roleName: String
  /// Optional SHA-1 thumbprints (40 hex digits) for the provider registration.
  public var thumbprints: [String]

  public init(
    provider: PolicyProvider, issuer: String = "", accountID: String = "", partition: AWSPartition = .aws, audiences: [String] = [],
    scope: ScopeAnswers = ScopeAnswers(), sessionTags: Bool = false, maxSessionDuration: Int = 3600, roleName: String = "",
    thumbprints: [String] = []
  ) {
    self.provider = provider
    self.issuer = issuer
    self.accountID = accountID
    self.partition = partition
    self.audiences = audiences
    self.scope = scope
    self.sessionTags = sessionTags
    self.maxSessionDuration = maxSessionDuration
    self.roleName = roleName
    self.thumbprints = thumbprints
  }
}

/// Subject-scope answers. Each list is an OR list; lists combine as a product
/// (every project with every ref type and every ref; every repo with every context).
public struct ScopeAnswers: Sendable, Equatable {
  /// GitLab `project_path` values (`group/project`).
  public var projectPaths: [String]
  /// GitLab `ref_type` values; empty means any.
  public var refTypes: [GitRefType]
  /// GitLab short ref names (`main`, `release/*`); empty means any.
  public var refs: [String]
  /// GitHub `owner/repo` values.
  public var repos: [String]
  public var branches: [String]
  public var tags: [String]
  public var environments: [String]
  public var pullRequest: Bool
  /// Raw `sub` values or patterns (generic issuers).
  public var subs: [String]

  public init(
    projectPaths: [String] = [], refTypes: [GitRefType] = [], refs: [String] = [], repos: [String] = [], branches: [String] = [],
    tags: [String] = [], environments: [String] = [], pullRequest: Bool = false, subs: [String] = []
  ) {
    self.projectPaths = projectPaths
    self.refTypes = refTypes
    self.refs = refs
    self.repos = repos
    self.branches = branches
    self.tags = tags
    self.environments = environments
    self.pullRequest = pullRequest
    self.subs = subs
  }

  /// The subject scope for a provider.
  public func scope(for provider: PolicyProvider) -> SubjectScope {
    switch provider {
    case .gitlab:
      let types: [GitRefType?] = refTypes.isEmpty ? [nil] : refTypes
      let names: [String?] = refs.isEmpty ? [nil] : refs
      return .gitlab(
        projectPaths.flatMap { path in types.flatMap { t in names.map { GitLabSubject(projectPath: path, refType: t, ref: $0) } } })
    case .github:
      var contexts: [GitHubSubject.Context] =
        branches.map { .branch($0) } + tags.map { .tag($0) } + environments.map { .environment($0) }
      if pullRequest { contexts.append(.pullRequest) }
      if contexts.isEmpty { contexts = [.any] }
      return .github(repos.flatMap { repo in contexts.map { GitHubSubject(repo: repo, context: $0) } })
    case .generic:
      return .generic(subs)
    }
  }
}

/// Wizard defaults from the provider knowledge (`KnownProviders`), with the documented values as
/// fallback: GitHub audience `sts.amazonaws.com`; GitLab issuer `https://gitlab.com`, audience = issuer.
public enum WizardDefaults {
  /// The issuer to propose for a provider ("" for generic: the operator must enter it).
  public static func issuer(_ provider: PolicyProvider) -> String {
    switch provider {
    case .github: profile(.githubActions)?.issuerExample ?? "https://token.actions.githubusercontent.com"
    case .gitlab: profile(.gitlabCom)?.issuerExample ?? "https://gitlab.com"
    case .generic: ""
    }
  }

  /// The audiences to propose for a provider, issuer and partition: GitHub requests STS's client
  /// ID, which is `sts.amazonaws.com.cn` in `aws-cn` (`AWSPartition.defaultAudience`).
  public static func audiences(_ provider: PolicyProvider, issuer: String, partition: AWSPartition = .aws) -> [String] {
    switch provider {
    case .github: [partition.defaultAudience]
    case .gitlab: issuer.isEmpty ? [] : [issuer]
    case .generic: []
    }
  }

  /// The role name to propose.
  public static func roleName(_ provider: PolicyProvider) -> String {
    switch provider {
    case .github: "github-actions-oidc"
    case .gitlab: "gitlab-ci-oidc"
    case .generic: "oidc-federation"
    }
  }

  static func profile(_ kind: ProviderProfile.Kind) -> ProviderProfile? {
    let profile = KnownProviders.profile(kind: kind)
    return profile.kind == kind && !profile.issuerExample.contains("<") ? profile : nil
  }
}

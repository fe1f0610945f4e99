/// The CI family the wizard and generator build a trust policy for (`spec/product.md` capability 6).
public enum PolicyProvider: String, Sendable, Equatable, CaseIterable {
  case gitlab, github, generic
}

/// An AWS partition: the first field of every ARN.
public enum AWSPartition: String, Sendable, Equatable, CaseIterable {
  case aws
  case awsCN = "aws-cn"
  case awsUSGov = "aws-us-gov"
}

/// Everything the generator needs, already validated by `PolicyWizard` (build it through the wizard).
public struct TrustPolicySpec: Sendable, Equatable {
  public var provider: PolicyProvider
  /// The issuer exactly as tokens carry it in `iss` (`https://gitlab.com`).
  public var issuer: String
  public var accountID: String
  public var partition: AWSPartition
  /// Client IDs registered on the provider and required in `<provider>:aud`.
  public var audiences: [String]
  public var scope: SubjectScope
  /// Adds `sts:TagSession` (the token carries `https://aws.amazon.com/tags`).
  public var sessionTags: Bool
  /// The role's `MaxSessionDuration` in seconds (3600–43200).
  public var maxSessionDuration: Int
  public var roleName: String
  /// Optional SHA-1 thumbprints (hex) for the provider registration.
  public var thumbprints: [String]

  public init(
    provider: PolicyProvider, issuer: String, accountID: String, partition: AWSPartition = .aws, audiences: [String],
    scope: SubjectScope, sessionTags: Bool = false, maxSessionDuration: Int = 3600, roleName: String, thumbprints: [String] = []
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

  /// `arn:<partition>:iam::<account>:oidc-provider/<host/path>`.
  public var providerARN: String { IAMNaming.providerARN(issuer: issuer, account: accountID, partition: partition.rawValue) }
  /// `<host/path>`, the condition-key prefix.
  public var keyPrefix: String { IAMNaming.providerHost(issuer: issuer) }
}

/// A Git ref kind in GitLab's `ref_type` claim: only `branch` or `tag` ever occur (`providers.md` §1.3).
public enum GitRefType: String, Sendable, Equatable, CaseIterable {
  case branch, tag
}

/// One GitLab subject: `project_path:{path}:ref_type:{type}:ref:{ref}` (`providers.md` §1.4).
public struct GitLabSubject: Sendable, Equatable {
  public var projectPath: String
  public var refType: GitRefType?
  public var ref: String?

  public init(projectPath: String, refType: GitRefType? = nil, ref: String? = nil) {
    self.projectPath = projectPath
    self.refType = refType
    self.ref = ref
  }

  /// The `sub` pattern (`*` stands for an unspecified part).
  public var pattern: String {
    if refType == nil && ref == nil { return "project_path:\(projectPath):*" }
    return "project_path:\(projectPath):ref_type:\(refType?.rawValue ?? "*"):ref:\(ref ?? "*")"
  }
}

/// One GitHub subject: `repo:{owner/repo}:{context}` (`providers.md` §2.4).
public struct GitHubSubject: Sendable, Equatable {
  public enum Context: Sendable, Equatable {
    case branch(String)
    case tag(String)
    case environment(String)
    case pullRequest, any
  }
  public var repo: String
  public var context: Context

  public init(repo: String, context: Context = .any) {
    self.repo = repo
    self.context = context
  }

  /// The `sub` pattern.
  public var pattern: String {
    switch context {
    case .branch(let b): "repo:\(repo):ref:refs/heads/\(b)"
    case .tag(let t): "repo:\(repo):ref:refs/tags/\(t)"
    case .environment(let e): "repo:\(repo):environment:\(e)"
    case .pullRequest: "repo:\(repo):pull_request"
    case .any: "repo:\(repo):*"
    }
  }
}

/// Who may assume the role: an OR list of subjects.
public enum SubjectScope: Sendable, Equatable {
  case gitlab([GitLabSubject])
  case github([GitHubSubject])
  /// Raw `sub` values or patterns.
  case generic([String])

  /// The `sub` values, duplicates removed, order kept.
  public var subPatterns: [String] {
    let all: [String]
    switch self {
    case .gitlab(let subjects): all = subjects.map(\.pattern)
    case .github(let subjects): all = subjects.map(\.pattern)
    case .generic(let patterns): all = patterns
    }
    var seen: Set<String> = []
    return all.filter { seen.insert($0).inserted }
  }
}

/// `aud-provider-default` and `aud-partition-mismatch`: an `aud` that is a CI system's default
/// meant for other services, or the wrong partition's STS client ID.
enum AudienceDefaultRules {
  /// GitHub's default `aud` when a job requests none: "the URL of the repository owner, such as
  /// the organization that owns the repository" (GitHub docs, "About security hardening with
  /// OpenID Connect", Understanding the OIDC token). It is meant for other services and almost
  /// never registered as an IAM client ID; configure-aws-credentials requests `sts.amazonaws.com`.
  static let githubDefaultPrefix = "https://github.com/"

  static func findings(_ c: DiagnosisContext) -> [Finding] {
    guard let values = c.jwt?.aud?.values, !values.isEmpty else { return [] }
    return providerDefault(values, c) + partition(values, c)
  }

  static func providerDefault(_ values: [String], _ c: DiagnosisContext) -> [Finding] {
    guard c.profile.kind == .githubActions, !values.contains(where: c.input.audiences.contains) else { return [] }
    guard let aud = values.first(where: isGitHubDefault) else { return [] }
    return [
      Finding(
        .audProviderDefault, .warning, title: "aud is GitHub's default (the owner's URL), meant for other services",
        evidence: [
          Evidence("aud", aud), Evidence("usual aud for AWS", "sts.amazonaws.com"),
          Evidence("registered client IDs", c.input.audiences.isEmpty ? "(not given)" : c.input.audiences.joined(separator: ", ")),
        ],
        awsError: AWSErrorText.incorrectAudience,
        fix: "Request the token for STS: aws-actions/configure-aws-credentials (audience: sts.amazonaws.com), "
          + "core.getIDToken('sts.amazonaws.com') or &audience=sts.amazonaws.com; or register this aud as a client ID.",
        confidence: .documented)
    ]
  }

  /// `https://github.com/<owner>` (one path component, no further path).
  static func isGitHubDefault(_ aud: String) -> Bool {
    guard aud.hasPrefix(githubDefaultPrefix) else { return false }
    let owner = aud.dropFirst(githubDefaultPrefix.count)
    return !owner.isEmpty && !owner.contains("/")
  }

  /// The partition's STS client ID, when the role or provider ARN names a partition and no
  /// client IDs were given (GitHub setups: the sources are configure-aws-credentials'#457 and README).
  static func partition(_ values: [String], _ c: DiagnosisContext) -> [Finding] {
    guard c.profile.kind == .githubActions, c.input.audiences.isEmpty, let partition = c.partition else { return [] }
    let expected = partition.defaultAudience
    let stsAudiences = ["sts.amazonaws.com", "sts.amazonaws.com.cn"]
    guard let aud = values.first(where: stsAudiences.contains), !values.contains(expected) else { return [] }
    return [
      Finding(
        .audPartitionMismatch, .warning, title: "aud is STS's client ID for another partition",
        evidence: [Evidence("aud", aud), Evidence("partition", partition.rawValue), Evidence("usual client ID there", expected)],
        awsError: AWSErrorText.incorrectAudience,
        fix: "Register and request \(expected) in \(partition.rawValue) (configure-aws-credentials: audience: \(expected)).",
        confidence: .observed)
    ]
  }
}

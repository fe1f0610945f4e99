/// What `fedtui policy generate --token-file` infers from a loaded token: the wizard answers for
/// the narrowest trust policy that admits it, and one line per inference saying why.
public struct PolicyInference: Sendable, Equatable {
  /// Provider, issuer, partition, audiences, scope and role name (no account: the caller gives it).
  public var answers: WizardAnswers
  /// Human-readable reasons, one per inferred value (for stderr or the wizard's review).
  public var reasons: [String]

  public init(answers: WizardAnswers, reasons: [String]) {
    self.answers = answers
    self.reasons = reasons
  }
}

/// Why nothing could be inferred; `message` names the claim at fault.
public struct PolicyInferenceFailure: Error, Sendable, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
}

/// Infers a trust policy from a token. Pure: no clock, no network.
public enum PolicyInferencer {
  /// The answers for `token`; `partition` is the role's (from `--role-arn`/`--partition`), else
  /// inferred from the audience (`sts.amazonaws.com.cn` is the `aws-cn` default).
  public static func infer(_ token: JWT, partition: AWSPartition? = nil) -> Result<PolicyInference, PolicyInferenceFailure> {
    guard let issuer = token.iss, !issuer.isEmpty else { return .failure(PolicyInferenceFailure("the token has no iss claim")) }
    guard let audience = firstAudience(token) else {
      return .failure(PolicyInferenceFailure("the token's aud claim is missing or not a string: nothing to register as a client ID"))
    }
    guard let sub = token.claims["sub"]?.stringValue, !sub.isEmpty else {
      return .failure(PolicyInferenceFailure("the token has no sub claim: a shared issuer's policy must condition on it"))
    }
    let profile = KnownProviders.profile(forIssuer: issuer, claims: token.claims)
    let provider = provider(for: profile.kind)
    var reasons = [
      "provider \(provider.rawValue): iss \(issuer) matches the \(profile.name) profile", "issuer \(issuer): the token's iss, exactly",
    ]
    let chosenPartition = partition ?? (audience == AWSPartition.awsCN.defaultAudience ? .awsCN : .aws)
    reasons.append(partitionReason(chosenPartition, given: partition != nil, audience: audience))
    reasons.append(audienceReason(audience, provider: provider, issuer: issuer, partition: chosenPartition))
    let scope: ScopeAnswers
    switch ScopeInference.scope(provider: provider, sub: sub, claims: token.claims) {
    case .success(let inferred):
      scope = inferred.scope
      reasons += inferred.reasons
    case .failure(let failure): return .failure(failure)
    }
    let answers = WizardAnswers(
      provider: provider, issuer: issuer, partition: chosenPartition, audiences: [audience], scope: scope,
      sessionTags: token.claims[RequestContext.tagsClaim] != nil, roleName: WizardDefaults.roleName(provider))
    if answers.sessionTags { reasons.append("sts:TagSession allowed: the token carries \(RequestContext.tagsClaim)") }
    return .success(PolicyInference(answers: answers, reasons: reasons))
  }

  /// The single audience to register: the first of an array (STS matches any one of them).
  static func firstAudience(_ token: JWT) -> String? {
    switch token.aud {
    case .single(let a): a.isEmpty ? nil : a
    case .multiple(let list): list.first(where: { !$0.isEmpty })
    case .invalid, nil: nil
    }
  }

  static func provider(for kind: ProviderProfile.Kind) -> PolicyProvider {
    switch kind {
    case .githubActions: .github
    case .gitlabCom, .gitlabSelfManaged: .gitlab
    default: .generic
    }
  }

  static func partitionReason(_ partition: AWSPartition, given: Bool, audience: String) -> String {
    if given { return "partition \(partition.rawValue): from the role ARN or --partition" }
    if partition == .awsCN { return "partition aws-cn: aud \(audience) is the aws-cn STS client ID" }
    return "partition aws: the default (give --role-arn or --partition for aws-cn or aws-us-gov)"
  }

  static func audienceReason(_ audience: String, provider: PolicyProvider, issuer: String, partition: AWSPartition) -> String {
    let defaults = WizardDefaults.audiences(provider, issuer: issuer, partition: partition)
    if defaults.contains(audience) {
      return "audience \(audience): the token's aud, which is this provider's default for \(partition.rawValue)"
    }
    if let d = defaults.first { return "audience \(audience): the token's aud (the provider's default would be \(d))" }
    return "audience \(audience): the token's aud"
  }
}

/// The wizard's answers pre-filled from a loaded token: every step the token can answer
/// (provider, the issuer in use, audience, partition, scope), plus what the session knows.
public struct WizardPrefill: Sendable, Equatable {
  public var answers: WizardAnswers
  /// Why each value was chosen (the review shows them).
  public var reasons: [String]
  /// Set when the scope could not be inferred (the operator fills the scope step), saying why.
  public var scopeProblem: String?
}

extension WizardPrefill {
  /// Pre-fills from `token`. `audiences` are the client IDs in use (`--audience`, or those
  /// deployed on the role's provider): when they include the token's `aud`, that one is kept.
  /// `roleARN` gives the account, partition and role name. Pure.
  public static func from(_ token: JWT, audiences: [String] = [], roleARN: String? = nil) -> WizardPrefill {
    let role = roleARN.flatMap(RoleARNParts.init)
    var prefill: WizardPrefill
    switch PolicyInferencer.infer(token, partition: role?.partition) {
    case .success(let inference): prefill = WizardPrefill(answers: inference.answers, reasons: inference.reasons, scopeProblem: nil)
    case .failure(let failure): prefill = partial(token, partition: role?.partition, problem: failure.message)
    }
    if let aud = PolicyInferencer.firstAudience(token), !audiences.isEmpty, !audiences.contains(aud) {
      prefill.reasons.append(
        "audience \(aud): the token's aud, which is not among the client IDs in use (\(audiences.joined(separator: ", ")))")
    }
    if let role {
      prefill.answers.accountID = role.account
      prefill.answers.roleName = role.name
      prefill.reasons.append("account \(role.account) and role \(role.name): from the role ARN")
    }
    return prefill
  }

  /// Provider, issuer and audience only, when the scope cannot be read from `sub`.
  static func partial(_ token: JWT, partition: AWSPartition?, problem: String) -> WizardPrefill {
    let issuer = token.iss ?? ""
    let provider = PolicyInferencer.provider(for: KnownProviders.profile(forIssuer: issuer, claims: token.claims).kind)
    var answers = WizardAnswers(
      provider: provider, issuer: issuer, partition: partition ?? .aws, roleName: WizardDefaults.roleName(provider))
    if let aud = PolicyInferencer.firstAudience(token) { answers.audiences = [aud] }
    return WizardPrefill(answers: answers, reasons: ["issuer \(issuer): the token's iss"], scopeProblem: problem)
  }
}

/// `arn:<partition>:iam::<account>:role/[path/]<name>`.
struct RoleARNParts {
  var partition: AWSPartition
  var account: String
  var name: String

  init?(_ arn: String) {
    let fields = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
    guard fields.count == 6, fields[0] == "arn", fields[2] == "iam", fields[5].hasPrefix("role/"),
      let partition = AWSPartition(rawValue: fields[1]), let name = fields[5].split(separator: "/").last.map(String.init),
      fields[5].count > "role/".count
    else { return nil }
    (self.partition, self.account, self.name) = (partition, fields[4], name)
  }
}

/// The findings of the deployed AWS side: pure functions of what IAM (and STS) answered.
public enum AWSRules {
  /// Findings from the IAM reads and the request's parameters (everything but the STS comparison).
  public static func findings(_ facts: AWSFacts, request: AWSCheckRequest, issuer: String?, snapshot: ProviderSnapshot?)
    -> [Finding]
  {
    var out = facts.readFailures.map(readFailed)
    if facts.roleMissing { out.append(roleNotFound(facts.role)) }
    if facts.providerMissing, let issuer { out.append(ProviderNearMiss.finding(issuer: issuer, registered: facts.registeredProviders)) }
    if let provider = facts.provider, let finding = thumbprint(provider, snapshot: snapshot) { out.append(finding) }
    if let duration = request.durationSeconds, let role = facts.deployedRole, duration > role.maxSessionDuration {
      out.append(durationTooLong(duration, role: role))
    }
    if let name = request.sessionName, !SessionName.isValid(name) { out.append(sessionNameInvalid(name)) }
    return out
  }

  /// `provider-not-registered` for `issuer`, with each registered provider's difference.
  public static func providerNotRegistered(issuer: String, registered: [String]) -> Finding {
    ProviderNearMiss.finding(issuer: issuer, registered: registered)
  }

  static func readFailed(_ failure: AWSReadFailure) -> Finding {
    Finding(
      .awsReadFailed, .error, title: "FedTUI could not read the deployed AWS side: this says nothing about the token",
      evidence: [Evidence("action", failure.action), Evidence("reason", failure.reason)],
      fix: failure.fix + ". FedTUI needs \(AWSReader.neededActions) (read-only).", confidence: .documented,
      uncertainty: "the IAM read (\(failure.action)) failed, so the deployed role and provider are unknown")
  }

  // STS does not say whether a role exists: a missing role is refused like a denying trust
  // policy (STS API reference, AssumeRoleWithWebIdentity errors; observed in public threads).
  static func roleNotFound(_ role: RoleARN) -> Finding {
    Finding(
      .roleNotFound, .error, title: "The role does not exist in account \(role.account)",
      evidence: [Evidence("role", role.description)], awsError: AWSErrorText.notAuthorized,
      fix: "Check the role ARN (account, path and name), or create the role.", confidence: .observed)
  }

  /// `error` when the issuer's chain is not publicly trusted (IAM then relies on the
  /// thumbprints) and none matches; `warning` when it is (IAM ignores them, the list is stale).
  static func thumbprint(_ provider: IAMOIDCProvider, snapshot: ProviderSnapshot?) -> Finding? {
    guard let snapshot, let top = (snapshot.jwks ?? snapshot.discovery)?.response?.topCertificate else { return nil }
    let served = top.sha1Thumbprint.lowercased()
    guard !provider.thumbprints.contains(served) else { return nil }
    let trusted = snapshot.publiclyTrusted ?? true
    let evidence = [
      Evidence("served top certificate", "\(served) (\(top.subject))"),
      Evidence("registered thumbprints", provider.thumbprints.isEmpty ? "none" : provider.thumbprints.joined(separator: ", ")),
    ]
    // AWS secures OIDC providers with publicly trusted certificates through its own trusted
    // roots and uses the thumbprint otherwise (IAM User Guide, "Obtain the thumbprint for an
    // OpenID Connect identity provider", 2023 update).
    return Finding(
      .providerThumbprintMismatch, trusted ? .warning : .error,
      title: trusted
        ? "No registered thumbprint matches the served chain (AWS ignores thumbprints for publicly trusted chains)"
        : "No registered thumbprint matches the served chain, and AWS relies on it here",
      evidence: evidence, awsError: trusted ? nil : AWSErrorText.thumbprintMismatch,
      fix: "aws iam update-open-id-connect-provider-thumbprint --open-id-connect-provider-arn \(provider.arn) --thumbprint-list \(served)",
      confidence: trusted ? .observed : .documented)
  }

  // STS's text (STS API reference, AssumeRoleWithWebIdentity `DurationSeconds`; the message as
  // users see it in aws-actions/configure-aws-credentials issues).
  static let durationText = "The requested DurationSeconds exceeds the MaxSessionDuration set for this role."

  static func durationTooLong(_ duration: Int, role: IAMRole) -> Finding {
    Finding(
      .sessionDurationTooLong, .error, title: "--duration-seconds \(duration) is above the role's MaxSessionDuration",
      evidence: [Evidence("duration-seconds", String(duration)), Evidence("MaxSessionDuration", String(role.maxSessionDuration))],
      awsError: durationText,
      fix:
        "Ask for at most \(role.maxSessionDuration) seconds, or raise it: aws iam update-role --role-name \(role.name) --max-session-duration \(duration)"
    )
  }

  static func sessionNameInvalid(_ name: String) -> Finding {
    let shown = TextSafety.escaped(name)
    let constraint =
      SessionName.lengths.contains(name.utf8.count)
      ? "Member must satisfy regular expression pattern: [\\w+=,.@-]*"
      : "Member must have length \(name.utf8.count < 2 ? "greater than or equal to 2" : "less than or equal to 64")"
    // STS request validation (botocore sts/2011-06-15/service-2.json, roleSessionNameType).
    return Finding(
      .sessionNameInvalid, .error, title: "--role-session-name is not 2-64 characters of [\\w+=,.@-]",
      evidence: [Evidence("role-session-name", shown), Evidence("length", String(name.utf8.count))],
      awsError: "1 validation error detected: Value '\(shown)' at 'roleSessionName' failed to satisfy constraint: \(constraint)",
      fix: "Use letters, digits and + = , . @ _ - only (2 to 64 of them); e.g. replace / and spaces with -.")
  }
}

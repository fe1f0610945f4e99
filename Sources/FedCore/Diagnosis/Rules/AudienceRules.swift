/// `aud-missing`, `aud-not-registered`, `aud-multiple`, `azp-differs` (`spec/aws-oidc-rules.md` §2).
/// `aud-multiple` is for two or more values: STS accepts `["sts.amazonaws.com"]`, the shape of
/// every EKS IRSA / projected service-account token (decoded IRSA tokens in public write-ups).
enum AudienceRules {
  static func findings(_ c: DiagnosisContext) -> [Finding] {
    guard let jwt = c.jwt else { return [] }
    guard let aud = jwt.aud else { return [missing(jwt, c)] }
    var out: [Finding] = []
    let values = aud.values
    // A one-element array works (every EKS IRSA token has that shape); two or more stay unconfirmed.
    if case .multiple = aud, values.count >= 2 {
      out.append(
        Finding(
          .audMultiple, .warning, title: "aud is an array of \(values.count) values; how STS matches those is unconfirmed",
          evidence: [Evidence("aud", values.joined(separator: ", "))],
          fix: "Request a token with a single aud equal to a registered client ID.", confidence: .unconfirmed))
    }
    if case .invalid(let value) = aud {
      out.append(notRegistered([Evidence("aud", JSONWriter.string(value)), Evidence("type", value.typeName)], c))
    } else if !c.input.audiences.isEmpty, !values.contains(where: c.input.audiences.contains) {
      out.append(notRegistered([Evidence("aud", values.joined(separator: ", "))] + nearMisses(values, c.input.audiences), c))
    }
    if let azp = jwt.azp, !values.contains(azp) || values.count > 1 {
      let registered = c.input.audiences.contains(azp)
      out.append(
        Finding(
          .azpDiffers, .warning, title: "azp differs from aud; STS may match azp against the client IDs",
          evidence: [
            Evidence("azp", azp), Evidence("aud", values.joined(separator: ", ")), Evidence("azp registered", registered ? "yes" : "no"),
          ],
          awsError: registered ? nil : AWSErrorText.incorrectAudience,
          fix: "Register azp as a client ID as well (aws iam add-client-id-to-open-id-connect-provider).", confidence: .unconfirmed))
    }
    return out
  }

  static func missing(_ jwt: JWT, _ c: DiagnosisContext) -> Finding {
    var evidence = [Evidence("claims", TimeRules.names(jwt))]
    if let a = c.profile.defaultAudience { evidence.append(Evidence("usual aud for \(c.profile.name)", a)) }
    let fix: String
    switch c.profile.kind {
    case .gitlabCom, .gitlabSelfManaged:
      fix = "Use a GitLab ID token: id_tokens: { AWS_TOKEN: { aud: <client ID registered in IAM> } } (15.7+; CI_JOB_JWT had no aud)."
    case .githubActions: fix = "Request the token with an audience: core.getIDToken('sts.amazonaws.com') or &audience=sts.amazonaws.com."
    default: fix = "Request the token with an aud equal to a client ID registered on the IAM provider."
    }
    return Finding(
      .audMissing, .error, title: "The token has no aud claim", evidence: evidence, awsError: AWSErrorText.missingAud,
      fix: fix, confidence: .observed)
  }

  /// Differences that explain a near miss: a trailing slash or letter case (IAM compares exactly).
  static func nearMisses(_ values: [String], _ registered: [String]) -> [Evidence] {
    let trim = { (s: String) in IssuerRules.trimmed(s) }
    for value in values {
      if let hit = registered.first(where: { trim($0) == trim(value) }) {
        return [Evidence("difference", "trailing slash: \(value) vs registered \(hit)")]
      }
      if let hit = registered.first(where: { $0.lowercased() == value.lowercased() }) {
        return [Evidence("difference", "letter case: \(value) vs registered \(hit)")]
      }
    }
    return []
  }

  static func notRegistered(_ evidence: [Evidence], _ c: DiagnosisContext) -> Finding {
    Finding(
      .audNotRegistered, .error, title: "aud is not one of the provider's client IDs",
      evidence: evidence + [
        Evidence("registered client IDs", c.input.audiences.isEmpty ? "(not given)" : c.input.audiences.joined(separator: ", "))
      ],
      awsError: AWSErrorText.incorrectAudience,
      fix:
        "Add the aud to the provider (aws iam add-client-id-to-open-id-connect-provider) or request the token with a registered audience.",
      confidence: .observed)
  }
}

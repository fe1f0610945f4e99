/// `iss-missing`, `iss-not-https`, `iss-url-invalid`, `iss-provider-mismatch`
/// (`spec/aws-oidc-rules.md` §1: IAM provider URL rules; exact-string issuer matching).
enum IssuerRules {
  static func findings(_ c: DiagnosisContext) -> [Finding] {
    guard let jwt = c.jwt else { return [] }
    guard let iss = jwt.iss else {
      return [
        Finding(
          .issMissing, .error, title: TimeRules.absentTitle("iss", jwt), evidence: [Evidence("claims", TimeRules.names(jwt))],
          awsError: AWSErrorText.invalidIdentityTokenCode, fix: "Use an ID token from an OIDC issuer; STS finds the provider by iss.",
          confidence: .observed)
      ]
    }
    var out: [Finding] = []
    if !iss.hasPrefix("https://") { out.append(notHTTPS(iss, c)) }
    out += urlProblems(iss)
    if let registered = c.input.providerURL {
      out += providerMismatch(iss: iss, registered: registered).map { eksHint($0, c) }
    }
    return out
  }

  static func notHTTPS(_ iss: String, _ c: DiagnosisContext) -> Finding {
    let bare = !iss.contains("://")
    let fix =
      c.profile.kind == .gitlabCom || c.profile.kind == .gitlabSelfManaged
      ? "Use a GitLab ID token (id_tokens:, 15.7+; CI_JOB_JWT_V2 before): its iss is the https:// instance URL. Serve the instance over https or set ci_id_tokens_issuer_url (18.1+)."
      : "Have the issuer emit an https:// iss and serve discovery there, then register exactly that URL in IAM."
    return Finding(
      .issNotHTTPS, .error, title: bare ? "iss is a bare host, not an https:// URL" : "iss is not an https:// URL",
      evidence: [
        Evidence("iss", iss),
        Evidence("IAM rule", "CreateOpenIDConnectProvider: the Url must begin with https://"),
        Evidence("consequence", "IAM cannot register a provider for \(iss), so STS can never find one for this token"),
      ],
      awsError: AWSErrorText.noProvider(iss), fix: fix, confidence: .documented)
  }

  static func urlProblems(_ iss: String) -> [Finding] {
    let problems = IssuerURL.problems(iss).map { Evidence($0.label, $0.message) }
    guard !problems.isEmpty else { return [] }
    let onlyFragment = problems.count == 1 && problems[0].label == "fragment"
    return [
      Finding(
        .issURLInvalid, .error, title: "iss cannot be an IAM provider URL", evidence: [Evidence("iss", iss)] + problems,
        awsError: AWSErrorText.noProvider(iss),
        fix:
          "The IAM provider URL takes no userinfo, port, query or fragment and at most 255 characters; serve the issuer on 443 at a plain https URL.",
        confidence: onlyFragment ? .unconfirmed : .documented)
    ]
  }

  /// The host[:port] part and the rest, for a URL with or without a scheme.
  static func splitAuthority(_ url: String) -> (Substring, Substring) {
    var rest = Substring(url)
    if let idx = schemeEnd(url) { rest = url[idx...] }
    let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
    return (rest[..<end], rest[end...])
  }

  static func schemeEnd(_ url: String) -> String.Index? {
    guard let colon = url.firstIndex(of: ":"), url[colon...].hasPrefix("://") else { return nil }
    return url.index(colon, offsetBy: 3)
  }

  /// The IAM provider as registered (`https://host/path`, `host/path` or an ARN), as IAM stores it.
  static func registeredHost(_ provider: String) -> String {
    if provider.hasPrefix("arn:"), let slash = provider.firstIndex(of: "/"), provider.contains(":oidc-provider/") {
      return String(provider[provider.index(after: slash)...])
    }
    return IAMNaming.providerHost(issuer: provider)
  }

  static func providerMismatch(iss: String, registered: String) -> [Finding] {
    let want = IAMNaming.providerHost(issuer: iss)
    let have = registeredHost(registered)
    guard want != have else { return [] }
    var evidence = [Evidence("token iss", iss), Evidence("registered provider", registered), Evidence("IAM looks up", want)]
    if trimmed(want) == trimmed(have) {
      evidence.append(Evidence("difference", "trailing slash: IAM compares exactly"))
    } else if want.lowercased() == have.lowercased() {
      evidence.append(Evidence("difference", "letter case: the URL is case-sensitive"))
    }
    return [
      Finding(
        .issProviderMismatch, .error, title: "The registered IAM provider is not exactly the token's iss", evidence: evidence,
        awsError: AWSErrorText.noProvider(iss),
        fix: "Register an IAM OIDC provider for exactly \(iss) and use arn:aws:iam::<account>:oidc-provider/\(want) in the trust policy.",
        confidence: .documented)
    ]
  }

  /// On EKS the usual cause of "No OpenIDConnect provider found" is that no provider was created
  /// for the cluster: say how to create one.
  static func eksHint(_ f: Finding, _ c: DiagnosisContext) -> Finding {
    guard c.profile.kind == .kubernetes else { return f }
    var out = f
    out.fix = (f.fix ?? "") + " " + KnownProviders.eksNoProviderFix
    return out
  }

  static func trimmed(_ s: String) -> Substring {
    var t = Substring(s)
    while t.hasSuffix("/") { t = t.dropLast() }
    return t
  }
}

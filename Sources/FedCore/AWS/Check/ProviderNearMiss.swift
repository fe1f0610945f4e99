/// `provider-not-registered`: no IAM provider for the token's `iss`, with every registered one
/// and how it differs (trailing slash, letter case, other host, other path).
enum ProviderNearMiss {
  static func finding(issuer: String, registered: [String]) -> Finding {
    let wanted = IAMNaming.providerHost(issuer: issuer)
    var evidence = [Evidence("expected provider", wanted)]
    if registered.isEmpty { evidence.append(Evidence("registered providers", "none in this account")) }
    for arn in registered {
      let host = ProviderARN(arn)?.hostPath ?? arn
      evidence.append(Evidence("registered", "\(host): \(difference(host, wanted))"))
    }
    // STS's message when no provider matches `iss` (re:Post Knowledge Center,
    // "iam-oidc-idp-federation"; quoted in configure-aws-credentials issues).
    return Finding(
      .providerNotRegistered, .error, title: "No IAM OIDC provider is registered for \(wanted) in the role's account",
      evidence: evidence, awsError: "No OpenIDConnect provider found in your account for \(issuer)",
      fix: "aws iam create-open-id-connect-provider --url \(issuer) --client-id-list <audience>", confidence: .documented)
  }

  /// How a registered provider URL differs from the one the token needs.
  static func difference(_ registered: String, _ wanted: String) -> String {
    let trim = { (s: String) in s.hasSuffix("/") ? String(s.dropLast()) : s }
    if trim(registered) == trim(wanted) { return "differs only by a trailing slash" }
    if registered.lowercased() == wanted.lowercased() { return "differs only in letter case" }
    let split = { (s: String) -> (Substring, Substring) in
      let host = s.prefix { $0 != "/" }
      return (host, s.dropFirst(host.count))
    }
    let (h1, p1) = split(registered)
    let (h2, p2) = split(wanted)
    if h1 == h2 { return "same host, other path (\(p1.isEmpty ? "none" : String(p1)) instead of \(p2.isEmpty ? "none" : String(p2)))" }
    if p1 == p2 { return "other host (\(h1) instead of \(h2))" }
    return "another provider"
  }
}

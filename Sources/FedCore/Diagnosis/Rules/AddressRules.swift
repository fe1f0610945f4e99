/// `issuer-not-public`: a fetch FedTUI refused because the host (from the token's `iss`, the
/// discovery document's `jwks_uri`, or a redirect) resolves to a loopback, private, link-local
/// or otherwise non-public address, and the operator did not consent (`AddressPolicy`).
///
/// STS fetches discovery and keys from the internet ("Identity provider configuration: the
/// OpenID Connect endpoints must be publicly accessible", AWS IAM User Guide,
/// id_roles_providers_create_oidc), so such an issuer cannot work for AWS either.
enum AddressRules {
  static func findings(_ c: DiagnosisContext) -> [Finding] {
    guard let snapshot = c.input.snapshot else { return [] }
    let fetches = [snapshot.discovery, snapshot.jwks].compactMap { $0 } + snapshot.alternates
    var seen: Set<String> = []
    return fetches.compactMap { fetch -> Finding? in
      guard let failure = fetch.failure, failure.stage == .notPublic, let refused = failure.refused,
        seen.insert(refused.host.lowercased()).inserted
      else { return nil }
      return finding(refused, url: fetch.url)
    }
  }

  static func finding(_ refused: RefusedAddress, url: String) -> Finding {
    Finding(
      .issuerNotPublic, .error, title: "Not fetched: \(refused.sentence)",
      evidence: [
        Evidence("url", url), Evidence("host", refused.host), Evidence("address", refused.address), Evidence("kind", refused.reason),
        Evidence("AWS", "STS fetches discovery and keys from the internet and cannot reach this address either"),
        Evidence("to fetch it from here", "--issuer with this host, or --allow-private-network (the dashboard asks)"),
      ],
      awsError: AWSErrorText.verificationKey,
      fix: "Serve discovery and the JWKS on a public address (or publish them publicly) and use that URL as the issuer.",
      confidence: .documented)
  }
}

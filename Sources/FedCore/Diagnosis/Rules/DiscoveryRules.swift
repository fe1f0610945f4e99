/// `discovery-unreachable`, `discovery-invalid`, `iss-discovery-mismatch`, `discovery-slow`,
/// `jwks-uri-not-https`, `tls-not-publicly-trusted` (`spec/aws-oidc-rules.md` §3, §4).
enum DiscoveryRules {
  static func findings(_ c: DiagnosisContext) -> [Finding] {
    guard let snapshot = c.input.snapshot else { return [] }
    var out: [Finding] = []
    if let fetch = snapshot.discovery {
      out += reachability(fetch)
      if let response = fetch.response ?? notJSONResponse(fetch) { out += content(response, url: fetch.url, c) }
    }
    out += slowness(snapshot)
    out += trust(snapshot)
    return out
  }

  /// Evidence common to a failed fetch: URL, stage, error, status.
  static func failureEvidence(_ f: FetchFailure) -> [Evidence] {
    var evidence = [Evidence("url", f.url), Evidence("stage", f.stage.rawValue), Evidence("error", f.message)]
    if let r = f.response {
      evidence.append(Evidence("status", "\(r.status)"))
      if let type = r.headerValues("content-type").first { evidence.append(Evidence("content-type", type)) }
    }
    return evidence
  }

  static func reachability(_ fetch: DocumentFetch) -> [Finding] {
    guard let failure = fetch.failure, failure.stage != .notJSON, failure.stage != .notPublic else { return [] }
    return [
      Finding(
        .discoveryUnreachable, .error, title: "The discovery document could not be fetched (\(failure.stage.rawValue))",
        evidence: failureEvidence(failure), awsError: AWSErrorText.verificationKey,
        fix: "AWS must reach <issuer>/.well-known/openid-configuration from the internet over TLS within ~5 s; "
          + "serve the full certificate chain, open the firewall, or publish discovery and JWKS publicly.",
        confidence: .documented, uncertainty: LocalFetchFailure.uncertainty(failure))
    ]
  }

  /// The response of a fetch that arrived but was not JSON (`discovery-invalid`, not unreachable).
  static func notJSONResponse(_ fetch: DocumentFetch) -> FetchResponse? {
    guard let failure = fetch.failure, failure.stage == .notJSON else { return nil }
    return failure.response
  }

  static func invalid(_ url: String, _ why: String, _ extra: [Evidence] = []) -> Finding {
    Finding(
      .discoveryInvalid, .error, title: "The discovery document is not usable: \(why)",
      evidence: [Evidence("url", url), Evidence("problem", why)] + extra, awsError: AWSErrorText.verificationKey,
      fix: "Serve a JSON discovery document with issuer and jwks_uri (OpenID Connect Discovery 1.0 §3); "
        + "a login page or redirect here means the endpoint is not public.",
      confidence: .documented)
  }

  static func content(_ response: FetchResponse, url: String, _ c: DiagnosisContext) -> [Finding] {
    guard let doc = c.discovery else {
      let type = response.headerValues("content-type").first ?? "(none)"
      return [invalid(url, "not a JSON object", [Evidence("content-type", type), Evidence("status", "\(response.status)")])]
    }
    var out: [Finding] = []
    let issuer = doc["issuer"]?.stringValue
    let jwksURI = doc["jwks_uri"]?.stringValue
    if issuer == nil { out.append(invalid(url, "no issuer member")) }
    if jwksURI == nil { out.append(invalid(url, "no jwks_uri member")) }
    let expected = c.jwt?.iss ?? c.issuer
    if let issuer, let expected, issuer != expected {
      out.append(
        Finding(
          .issDiscoveryMismatch, .error, title: "Discovery's issuer is not byte-for-byte the token's iss",
          evidence: [Evidence("discovery issuer", issuer), Evidence("token iss", expected), Evidence("discovery url", url)],
          awsError: AWSErrorText.verificationKey,
          fix:
            "The issuer in discovery, the token's iss and the IAM provider URL must be the same string (trailing slash and path included).",
          confidence: .observed))
    }
    if let jwksURI, !jwksURI.hasPrefix("https://") {
      out.append(
        Finding(
          .jwksURINotHTTPS, .error, title: "jwks_uri is not an https:// URL", evidence: [Evidence("jwks_uri", jwksURI)],
          awsError: AWSErrorText.verificationKey, fix: "Publish the JWKS over https and point jwks_uri at it.",
          confidence: .documented))
    }
    return out
  }

  static func slowness(_ s: ProviderSnapshot) -> [Finding] {
    guard let elapsed = s.discoveryAndJWKSElapsed, elapsed > 2 else { return [] }
    let slow = elapsed > 5
    return [
      Finding(
        .discoverySlow, slow ? .warning : .info,
        title: slow ? "Discovery + JWKS took over 5 s: AWS gives up around 5 s" : "Discovery + JWKS took over 2 s",
        evidence: [Evidence("elapsed", formatSeconds(elapsed)), Evidence("AWS limit", "about 5 s")],
        awsError: slow ? AWSErrorText.verificationKey : nil,
        fix: "Serve discovery and JWKS fast and cacheable (a CDN or static hosting such as S3).", confidence: .documented)
    ]
  }

  static func formatSeconds(_ s: Double) -> String {
    let ms = Int((s * 1000).rounded())
    return "\(ms / 1000).\(String(repeating: "0", count: 3 - String(ms % 1000).count))\(ms % 1000) s"
  }

  static func trust(_ s: ProviderSnapshot) -> [Finding] {
    guard s.publiclyTrusted == false else { return [] }
    let fetch = s.jwks ?? s.discovery
    var evidence = [Evidence("host", fetch?.url ?? s.issuer)]
    if let top = fetch?.response?.topCertificate {
      evidence += [Evidence("thumbprint", top.sha1Thumbprint), Evidence("top certificate", top.subject)]
    }
    return [
      Finding(
        .tlsNotPubliclyTrusted, .warning, title: "The TLS chain does not verify against public roots: AWS falls back to thumbprints",
        evidence: evidence, awsError: AWSErrorText.thumbprintMismatch,
        fix: "Use a publicly trusted certificate, or register the thumbprint above (IAM ThumbprintList, up to 5).",
        confidence: .documented)
    ]
  }
}

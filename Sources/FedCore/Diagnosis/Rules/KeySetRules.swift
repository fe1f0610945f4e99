/// `jwks-unreachable`, `jwks-invalid`, `jwks-key-without-kid`, `jwks-too-many-keys`,
/// `jwks-no-cache`, `jwks-weak-key` (`spec/aws-oidc-rules.md` §3).
enum KeySetRules {
  static func findings(_ c: DiagnosisContext) -> [Finding] {
    guard let fetch = c.input.snapshot?.jwks else { return [] }
    if let failure = fetch.failure, failure.stage == .notPublic { return [] }
    if let failure = fetch.failure, failure.stage != .notJSON {
      return [
        Finding(
          .jwksUnreachable, .error, title: "The JWKS at jwks_uri could not be fetched (\(failure.stage.rawValue))",
          evidence: DiscoveryRules.failureEvidence(failure), awsError: AWSErrorText.verificationKey,
          fix: "AWS must reach jwks_uri from the internet over TLS within ~5 s.", confidence: .documented,
          uncertainty: LocalFetchFailure.uncertainty(failure))
      ]
    }
    switch c.keySetParse ?? JWKSet.parse([]) {
    case .failure(let error): return [invalid(fetch.url, error)]
    case .success(let set):
      return withoutKid(set, fetch.url) + tooMany(set) + weak(set) + (fetch.response.map(noCache) ?? [])
    }
  }

  static func invalid(_ url: String, _ error: JWKSetError) -> Finding {
    let why: String
    switch error {
    case .notJSON(let detail): why = "not JSON (\(detail))"
    case .notObject(let found): why = "JSON \(found), not an object"
    case .noKeysArray: why = "no keys array"
    case .noUsableKey(let keys): why = keys.isEmpty ? "the keys array is empty" : "no usable key (\(keys.count) unusable)"
    }
    return Finding(
      .jwksInvalid, .error, title: "The JWKS is not usable: \(why)", evidence: [Evidence("url", url), Evidence("problem", why)],
      awsError: AWSErrorText.verificationKey, fix: "Serve a JSON Web Key Set ({\"keys\":[…]}, RFC 7517 §5) at jwks_uri.",
      confidence: .documented)
  }

  static func withoutKid(_ set: JWKSet, _ url: String) -> [Finding] {
    let missing = set.keys.indices.filter { set.keys[$0].kid == nil }
    guard !missing.isEmpty else { return [] }
    return [
      Finding(
        .jwksKeyWithoutKid, .warning, title: "\(missing.count) key(s) in the JWKS have no kid",
        evidence: [Evidence("url", url), Evidence("keys without kid", missing.map { "#\($0)" }.joined(separator: ", "))],
        fix: "Give every JWK a kid equal to the token header's kid (a JWK without one failed with STS; adding \"kid\" fixed it).",
        confidence: .observed)
    ]
  }

  static func tooMany(_ set: JWKSet) -> [Finding] {
    let rsa = set.keys.filter { $0.kty == "RSA" }.count
    let ec = set.keys.filter { $0.kty == "EC" }.count
    guard rsa > 100 || ec > 100 else { return [] }
    return [
      Finding(
        .jwksTooManyKeys, .error, title: "The JWKS has more keys than IAM accepts",
        evidence: [Evidence("RSA keys", "\(rsa)"), Evidence("EC keys", "\(ec)"), Evidence("limit", "100 RSA and 100 EC")],
        awsError: AWSErrorText.verificationKey, fix: "Publish at most 100 RSA and 100 EC keys; retire old ones.",
        confidence: .observed)
    ]
  }

  static func weak(_ set: JWKSet) -> [Finding] {
    let weak = set.keys.filter { ($0.rsaModulusBits ?? 4096) < 2048 }
    guard !weak.isEmpty else { return [] }
    return [
      Finding(
        .jwksWeakKey, .warning, title: "RSA key(s) under 2048 bits",
        evidence: weak.map { Evidence("key \($0.kid ?? "(no kid)")", "\($0.rsaModulusBits ?? 0) bits") },
        fix: "Rotate to RSA-2048 or larger (or EC P-256).", confidence: .unconfirmed)
    ]
  }

  static func noCache(_ response: FetchResponse) -> [Finding] {
    let cacheControl = response.headerValues("cache-control").joined(separator: ", ").lowercased()
    let pragma = response.headerValues("pragma").joined(separator: ", ").lowercased()
    var hits: [Evidence] = []
    if cacheControl.contains("no-cache") || cacheControl.contains("max-age=0") {
      hits.append(Evidence("Cache-Control", cacheControl))
    }
    if pragma.contains("no-cache") { hits.append(Evidence("Pragma", pragma)) }
    guard !hits.isEmpty else { return [] }
    return [
      Finding(
        .jwksNoCache, .warning, title: "The JWKS forbids caching: intermittent failures under parallel calls",
        evidence: [Evidence("url", response.finalURL)] + hits, awsError: AWSErrorText.verificationKey,
        fix: "Serve the JWKS with a positive max-age (e.g. Cache-Control: max-age=300) and no Pragma: no-cache.",
        confidence: .observed)
    ]
  }
}

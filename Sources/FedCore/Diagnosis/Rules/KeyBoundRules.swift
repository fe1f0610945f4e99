/// `jwks-duplicate-kid`, `jwks-exponent-too-large`: key sets FedTUI bounds its work on.
///
/// STS selects the verification key by `kid` ("the kid in the JWT header must match a key in the
/// JWKS", IAM User Guide, id_roles_providers_create_oidc) and keeps at most 100 keys per type
/// (`jwks-too-many-keys`). Which of several same-`kid` keys it uses is not documented
/// (Confidence: unconfirmed), so duplicates are a warning.
enum KeyBoundRules {
  static func findings(_ c: DiagnosisContext) -> [Finding] {
    if case .failure(.noUsableKey(let keys))? = c.keySetParse { return largeExponents(keys) }
    guard let set = c.keySet else { return [] }
    return duplicateKids(set, tokenKid: c.jwt?.kid, url: c.input.snapshot?.jwks?.url ?? "jwks_uri") + largeExponents(set.keys)
  }

  static func duplicateKids(_ set: JWKSet, tokenKid: String?, url: String) -> [Finding] {
    var counts: [String: Int] = [:]
    var order: [String] = []
    for kid in set.kids {
      if counts[kid] == nil { order.append(kid) }
      counts[kid, default: 0] += 1
    }
    let repeated = order.filter { counts[$0]! > 1 }
    guard !repeated.isEmpty else { return [] }
    var evidence = [Evidence("jwks", url)]
    evidence += repeated.prefix(5).map { Evidence("kid \($0)", "\(counts[$0]!) keys") }
    if repeated.count > 5 { evidence.append(Evidence("more", "\(repeated.count - 5) other kids repeat")) }
    if let tokenKid, let n = counts[tokenKid], n > Limits.signatureCandidates {
      evidence.append(Evidence("tried", "the first \(Limits.signatureCandidates) of the \(n) keys with the token's kid"))
    }
    return [
      Finding(
        .jwksDuplicateKid, .warning, title: "Several keys in the JWKS share a kid",
        evidence: evidence + [Evidence("STS", "selects one key by kid; which of several it uses is not documented")],
        awsError: AWSErrorText.verificationKey, fix: "Give every key its own kid; remove retired copies.",
        confidence: .unconfirmed)
    ]
  }

  static func largeExponents(_ keys: [JWK]) -> [Finding] {
    let large = keys.compactMap { key -> (JWK, Int)? in
      for case .exponentTooLarge(let bits) in key.problems { return (key, bits) }
      return nil
    }
    guard !large.isEmpty else { return [] }
    var evidence = large.prefix(5).map { Evidence("key \($0.0.kid ?? "#\($0.0.index)")", "exponent of \($0.1) bits") }
    if large.count > 5 { evidence.append(Evidence("more", "\(large.count - 5) other keys")) }
    return [
      Finding(
        .jwksExponentTooLarge, .warning, title: "RSA key(s) with an oversized public exponent were not used",
        evidence: evidence + [Evidence("limit", "\(Limits.rsaExponentBits) bits; real keys use 65537 (17 bits)")],
        fix: "Publish RSA keys with the exponent 65537 (AQAB).", confidence: .unconfirmed)
    ]
  }
}

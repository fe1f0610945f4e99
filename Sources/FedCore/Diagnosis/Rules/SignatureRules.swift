/// `key-alg-mismatch`, `signature-invalid`, `signature-verified`: the token verified against the
/// key set at `jwks_uri` with `SignatureVerifier` (RFC 7515 §5.2; the kid picks the key, as STS does).
enum SignatureRules {
  static func findings(_ c: DiagnosisContext) -> [Finding] {
    guard let jwt = c.jwt, let set = c.keySet else { return [] }
    let url = c.input.snapshot?.jwks?.url ?? "jwks_uri"
    switch SignatureVerifier.verify(jwt, with: set) {
    case .verified(let key, let alg, let selection): return [verified(key, alg, selection, url)]
    case .noCompatibleKey(let alg, _, let mismatches): return [mismatch(alg, mismatches, url)]
    case .signatureInvalid(let alg, _, let tried, let defect): return [invalid(alg, tried, defect, url)]
    case .kidNotFound, .unsupportedAlgorithm:
      return []  // jwks-kid-not-found and alg-unsupported report these with fuller evidence.
    }
  }

  static func verified(_ key: KeyReference, _ alg: JWSAlgorithm, _ selection: KeySelection, _ url: String) -> Finding {
    var evidence = [Evidence("key", describe(key)), Evidence("alg", alg.rawValue), Evidence("jwks", url)]
    if selection == .noKidTriedAllKeys {
      evidence.append(Evidence("note", "the token has no kid; every key was tried, STS would match by kid"))
    }
    return Finding(.signatureVerified, .info, title: "The signature verifies with the provider's key", evidence: evidence)
  }

  static func mismatch(_ alg: JWSAlgorithm, _ mismatches: [KeyMismatch], _ url: String) -> Finding {
    Finding(
      .keyAlgMismatch, .error, title: "No key with this kid can produce alg \(alg.rawValue)",
      evidence: [Evidence("alg", alg.rawValue), Evidence("jwks", url)]
        + mismatches.map { Evidence("key \(describe($0.key))", reason($0.reason)) },
      awsError: AWSErrorText.verificationKey, fix: "Publish the key that actually signs these tokens, with matching kty/crv/alg.",
      confidence: .observed)
  }

  static func invalid(_ alg: JWSAlgorithm, _ tried: [KeyReference], _ defect: SignatureDefect?, _ url: String) -> Finding {
    var evidence = [
      Evidence("alg", alg.rawValue), Evidence("jwks", url), Evidence("keys tried", tried.map(describe).joined(separator: ", ")),
    ]
    if let defect { evidence.append(Evidence("defect", defectText(defect))) }
    return Finding(
      .signatureInvalid, .error, title: "The key matches but the signature does not verify", evidence: evidence,
      awsError: AWSErrorText.invalidIdentityTokenCode,
      fix: "The token was altered or signed by another key with the same kid; mint a fresh token and check the issuer's key rotation.",
      confidence: .observed)
  }

  /// What is wrong with the signature itself, when the verifier could tell.
  static func defectText(_ defect: SignatureDefect) -> String {
    if case .wrongLength(let expected, let found) = defect {
      return "the signature is \(found) bytes, \(expected) expected (a DER-encoded ECDSA signature?)"
    }
    if case .pssSaltLength = defect { return "the PSS salt length is not the digest length" }
    return String(describing: defect)
  }

  static func describe(_ key: KeyReference) -> String { key.kid.map { "kid \($0)" } ?? "#\(key.index) (no kid)" }

  static func reason(_ r: KeyMismatchReason) -> String {
    switch r {
    case .keyType(let required, let found): "kty \(found ?? "(absent)"), \(required) needed"
    case .curve(let required, let found): "crv \(found ?? "(absent)"), \(required) needed"
    case .algMember(let alg): "the JWK says alg \(alg)"
    case .use(let use): "use \(use), not sig"
    case .unusable(let problems): "unusable: \(problems)"
    case .importFailed(let error): "libcrypto refused the key: \(error)"
    }
  }
}

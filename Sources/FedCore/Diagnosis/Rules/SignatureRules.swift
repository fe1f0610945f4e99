/// `key-alg-mismatch`, `signature-invalid`, `signature-verified` (RFC 7518 §3; STS algorithms).
enum SignatureRules {
  static func findings(_ c: DiagnosisContext) -> [Finding] {
    guard let jwt = c.jwt, let kid = jwt.kid, let alg = jwt.alg, let key = c.keySet?.key(kid: kid) else { return [] }
    if let problem = mismatch(alg: alg, key: key) {
      return [
        Finding(
          .keyAlgMismatch, .error, title: "The key with this kid cannot produce alg \(alg)",
          evidence: [
            Evidence("alg", alg), Evidence("kid", kid), Evidence("kty", key.kty ?? "(absent)"),
            Evidence("crv", key.crv ?? "(absent)"), Evidence("key alg", key.alg ?? "(absent)"), Evidence("problem", problem),
          ],
          awsError: AWSErrorText.verificationKey, fix: "Publish the key that actually signs these tokens, with matching kty/crv/alg.",
          confidence: .observed)
      ]
    }
    return SignatureVerification.findings(jwt: jwt, key: key, jwksURL: c.input.snapshot?.jwks?.url)
  }

  /// Why a JWK cannot verify `alg`, or nil when it can.
  static func mismatch(alg: String, key: KeySetSummary.Key) -> String? {
    if let keyAlg = key.alg, keyAlg != alg { return "the JWK says alg \(keyAlg)" }
    switch alg.prefix(2) {
    case "RS", "PS": return key.kty == "RSA" ? nil : "\(alg) needs an RSA key"
    case "ES":
      guard key.kty == "EC" else { return "\(alg) needs an EC key" }
      let curve = ["ES256": "P-256", "ES384": "P-384", "ES512": "P-521"][alg]
      return curve == nil || key.crv == curve ? nil : "\(alg) needs curve \(curve!)"
    default: return nil
    }
  }
}

/// The signature check itself; key import and verification come from `Keys/`.
enum SignatureVerification {
  static func findings(jwt: JWT, key: KeySetSummary.Key, jwksURL: String?) -> [Finding] { [] }
}

/// Whether a key can produce a given algorithm (RFC 7518 §3.1 and §6.1, RFC 8037 §3.1).
enum KeyCompatibility {
  /// The first reason `key` cannot verify `alg`, or nil when it can be tried.
  /// Order: key type, curve, `alg` member, `use` member, then unusable material.
  static func mismatch(_ key: JWK, _ alg: JWSAlgorithm) -> KeyMismatchReason? {
    if key.kty != alg.keyType { return .keyType(required: alg.keyType, found: key.kty) }
    if let required = alg.curve, key.crv != required.rawValue { return .curve(required: required, found: key.crv) }
    if let keyAlg = key.alg, keyAlg != alg.rawValue { return .algMember(keyAlg) }
    if let use = key.use, use != "sig" { return .use(use) }
    if !key.isUsable { return .unusable(key.problems.filter(\.makesKeyUnusable)) }
    return nil
  }
}

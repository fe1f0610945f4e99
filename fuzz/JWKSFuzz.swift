/// Fuzz target `jwks`: a key set from any server through the JWK parser, key import
/// (libcrypto) and signature verification of a fixed token against every key.
enum JWKSFuzz {
  /// A token whose `kid` the seeds use; its signature is random, so verification must fail cleanly.
  static let token: JWT? = try? TokenDecoder.decode(
    Base64URL.encode(Array(#"{"alg":"RS256","kid":"k1"}"#.utf8)) + "."
      + Base64URL.encode(Array(#"{"iss":"https://gitlab.com","sub":"x"}"#.utf8)) + "."
      + Base64URL.encode([UInt8](repeating: 7, count: 256))
  ).get()

  static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
    let data = Array(bytes)
    switch JWKSet.parse(data) {
    case .failure(.noUsableKey(let keys)):
      keys.forEach(inspect)
    case .failure:
      break
    case .success(let set):
      set.keys.forEach(inspect)
      _ = (set.kids, set.rsaCount, set.ecCount, set.exceedsSTSKeyLimit, set.usableKeys.count)
      if let token {
        for alg in ["RS256", "ES256", "PS256", "EdDSA", "ES512"] {
          var jwt = token
          jwt = JWT(
            compact: jwt.compact, header: .object([JSONMember("alg", .string(alg)), JSONMember("kid", .string("k1"))]),
            claims: jwt.claims, signature: jwt.signature)
          _ = SignatureVerifier.verify(jwt, with: set)
        }
      }
    }
  }

  static func inspect(_ key: JWK) {
    _ = (key.rsaModulusBits, key.isUsable, key.thumbprint, key.reference)
    if let kid = key.kid { FuzzCheck.terminalSafe(TextSafety.escaped(kid), "escaped kid") }
  }
}

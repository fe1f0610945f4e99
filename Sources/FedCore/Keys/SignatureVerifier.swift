/// Verifies a token's signature against a key set, the way STS does: the key is chosen by
/// the token's `kid` from the provider's set (RFC 7515 §4.1.4, §5.2).
///
/// Keys carried in the token header (`jwk`, `jku`, `x5c`, `x5u`) are never used: trusting
/// them would let anyone sign a token (RFC 8725 §3.10).
public enum SignatureVerifier {
  /// Header members that carry or point to a key; they are ignored for verification.
  public static let headerKeyMembers = ["jwk", "jku", "x5c", "x5u"]

  /// Verifies `jwt` with the keys of `set`. With a `kid`, only keys with that `kid` are tried;
  /// without one, every compatible key is tried and the outcome says so. At most
  /// `Limits.signatureCandidates` keys are tried, and only the first `Limits.forensicCandidates`
  /// failures get the forensics pass, so a hostile set costs bounded time.
  public static func verify(_ jwt: JWT, with set: JWKSet) -> VerificationOutcome {
    guard let name = jwt.alg, let alg = JWSAlgorithm(rawValue: name) else { return .unsupportedAlgorithm(jwt.alg) }
    let selection: KeySelection
    let candidates: [JWK]
    if let kid = jwt.kid {
      selection = .byKid(kid)
      candidates = set.keys(withKid: kid)
      if candidates.isEmpty { return .kidNotFound(kid: kid, availableKids: set.kids) }
    } else {
      selection = .noKidTriedAllKeys
      candidates = set.keys
    }
    return withSigningInput(jwt) { input in
      jwt.signature.withUnsafeBytes { signature in
        verify(input: input, signature: signature, alg: alg, candidates: candidates, selection: selection)
      }
    }
  }

  /// The header members of `jwt` that name a key (`jwk`, `jku`, `x5c`, `x5u`) and were ignored.
  public static func ignoredHeaderKeyMembers(of jwt: JWT) -> [String] {
    jwt.headerMembers.map(\.name).filter { headerKeyMembers.contains($0) }
  }

  static func verify(
    input: UnsafeRawBufferPointer, signature: UnsafeRawBufferPointer, alg: JWSAlgorithm,
    candidates: [JWK], selection: KeySelection
  ) -> VerificationOutcome {
    var mismatches: [KeyMismatch] = []
    var tried: [KeyReference] = []
    var defect: SignatureDefect? = nil
    for key in candidates.prefix(Limits.signatureCandidates) {
      let explain = tried.count < Limits.forensicCandidates
      switch verify(signingInput: input, signature: signature, alg: alg, key: key, explain: explain) {
      case .valid: return .verified(key: key.reference, alg: alg, selection: selection)
      case .invalid: tried.append(key.reference)
      case .defect(let found):
        tried.append(key.reference)
        defect = defect ?? found
      case .keyMismatch(let reason): mismatches.append(KeyMismatch(key: key.reference, reason: reason))
      }
    }
    if tried.isEmpty { return .noCompatibleKey(alg: alg, selection: selection, mismatches: mismatches) }
    return .signatureInvalid(alg: alg, selection: selection, tried: tried, defect: defect)
  }

  /// Runs `body` on the signing input's bytes without copying when the token is a native string.
  static func withSigningInput<R>(_ jwt: JWT, _ body: (UnsafeRawBufferPointer) -> R) -> R {
    let view = jwt.signingInput
    if let result = view.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) { return result }
    return Array(view).withUnsafeBytes(body)
  }
}

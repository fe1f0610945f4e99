import CLibCrypto

extension SignatureVerifier {
  /// Checks one signature with one key: the primitive under `verify(_:with:)`, also used by
  /// benchmarks. The key's libcrypto import is cached, so repeated calls only verify.
  public static func verify(signingInput: some Collection<UInt8>, signature: [UInt8], alg: JWSAlgorithm, key: JWK) -> SignatureCheck {
    signature.withUnsafeBytes { sig in
      if let result = signingInput.withContiguousStorageIfAvailable({
        verify(signingInput: UnsafeRawBufferPointer($0), signature: sig, alg: alg, key: key)
      }) {
        return result
      }
      return Array(signingInput).withUnsafeBytes { verify(signingInput: $0, signature: sig, alg: alg, key: key) }
    }
  }

  /// Checks one signature with one key, on raw buffers. `explain: false` skips the forensics
  /// pass on a failed RSA PKCS#1 check (bounded work on sets with many same-`kid` keys).
  public static func verify(
    signingInput: UnsafeRawBufferPointer, signature: UnsafeRawBufferPointer, alg: JWSAlgorithm, key: JWK, explain: Bool = true
  ) -> SignatureCheck {
    if let reason = KeyCompatibility.mismatch(key, alg) { return .keyMismatch(reason) }
    let pkey: EVPPublicKey
    switch key.publicKey() {
    case .success(let imported): pkey = imported
    case .failure(let error): return .keyMismatch(.importFailed(error))
    }
    if let expected = expectedSignatureLength(alg: alg, key: pkey), signature.count != expected {
      return .defect(.wrongLength(expected: expected, found: signature.count))
    }
    if alg.family == .ecdsa, let size = alg.curve?.coordinateSize {
      guard let der = ECDSASignature.der(fromRaw: signature, coordinateSize: size) else { return .invalid }
      return der.withUnsafeBytes { check(pkey, of: key, alg: alg, input: signingInput, signature: $0, explain: explain) }
    }
    return check(pkey, of: key, alg: alg, input: signingInput, signature: signature, explain: explain)
  }

  /// Verifies with the key's pooled context for `alg` (RSA, ECDSA), or with a fresh one (EdDSA).
  static func check(
    _ pkey: EVPPublicKey, of key: JWK, alg: JWSAlgorithm, input: UnsafeRawBufferPointer, signature: UnsafeRawBufferPointer,
    explain: Bool = true
  ) -> SignatureCheck {
    guard let pool = key.cache.pool(alg, key: pkey) else {
      return digestVerify(pkey, alg: alg, input: input, signature: signature)
    }
    if pool.verify(input: input, signature: signature) { return .valid }
    // Failure path only: say what went wrong when the signature itself can tell.
    guard explain else { return .invalid }
    switch alg.family {
    case .rsaPSS: return digestVerify(pkey, alg: alg, input: input, signature: signature)
    case .rsaPKCS1:
      return RSASignatureForensics.explain(key: pkey, alg: alg, input: input, signature: signature).map { .defect($0) } ?? .invalid
    default: return .invalid
    }
  }

  /// The exact signature length the algorithm produces with this key (RFC 7518 §3.3–3.5, RFC 8037 §3.1).
  static func expectedSignatureLength(alg: JWSAlgorithm, key: EVPPublicKey) -> Int? {
    switch alg.family {
    case .rsaPKCS1, .rsaPSS: (key.bits + 7) / 8
    case .ecdsa: alg.curve.map { 2 * $0.coordinateSize }
    case .eddsa: 64
    }
  }

  static func messageDigest(_ name: JWSAlgorithm.DigestName?) -> OpaquePointer? {
    switch name {
    case .sha256: EVP_sha256()
    case .sha384: EVP_sha384()
    case .sha512: EVP_sha512()
    case nil: nil
    }
  }

  /// One `EVP_DigestVerify` with a fresh context (contexts are not shared between threads).
  /// A PSS signature that fails is checked once more with any salt length, to name the defect.
  static func digestVerify(
    _ key: EVPPublicKey, alg: JWSAlgorithm, input: UnsafeRawBufferPointer, signature: UnsafeRawBufferPointer
  ) -> SignatureCheck {
    let check = digestVerify(key, alg: alg, input: input, signature: signature, strictSalt: true)
    guard check == .invalid, alg.family == .rsaPSS else { return check }
    let loose = digestVerify(key, alg: alg, input: input, signature: signature, strictSalt: false)
    return loose == .valid ? .defect(.pssSaltLength) : check
  }

  static func digestVerify(
    _ key: EVPPublicKey, alg: JWSAlgorithm, input: UnsafeRawBufferPointer, signature: UnsafeRawBufferPointer,
    strictSalt: Bool
  ) -> SignatureCheck {
    guard let ctx = EVP_MD_CTX_new() else { return .invalid }
    defer { EVP_MD_CTX_free(ctx) }
    let md = messageDigest(alg.digest)
    var pctx: OpaquePointer? = nil
    guard EVP_DigestVerifyInit(ctx, &pctx, md, nil, key.pointer) == 1 else { return failed() }
    if alg.family == .rsaPSS {
      // RFC 7518 §3.5: MGF1 with the same hash, salt as long as the hash output.
      let padded = strictSalt ? fed_set_rsa_pss(pctx, md) : fed_set_rsa_pss_any_salt(pctx, md)
      guard padded == 1 else { return failed() }
    }
    let status = EVP_DigestVerify(
      ctx, signature.baseAddress?.assumingMemoryBound(to: UInt8.self), signature.count,
      input.baseAddress?.assumingMemoryBound(to: UInt8.self), input.count)
    return status == 1 ? .valid : failed()
  }

  /// A failed verification; the thread's libcrypto error queue is emptied so it cannot grow.
  static func failed() -> SignatureCheck {
    ERR_clear_error()
    return .invalid
  }
}

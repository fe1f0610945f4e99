import CLibCrypto

/// Configured `EVP_PKEY_CTX`s for one key and one RSA or ECDSA algorithm, reused across
/// verifications: the hot path then only hashes and verifies, instead of creating and
/// configuring a context (and fetching the digest) on every call.
///
/// A context is checked out by one thread at a time; at most `maxIdle` are kept.
final class VerifyContextPool: @unchecked Sendable {
  static let maxIdle = 8

  let key: EVPPublicKey
  let alg: JWSAlgorithm
  /// The digest, fetched once (an implicit fetch per call is measurably slower in OpenSSL 3).
  let md: OpaquePointer
  private let lock = PthreadLock()
  private var idle: [OpaquePointer] = []

  init?(key: EVPPublicKey, alg: JWSAlgorithm) {
    guard alg.family != .eddsa, let name = alg.digest?.rawValue, let md = EVP_MD_fetch(nil, name, nil) else { return nil }
    self.key = key
    self.alg = alg
    self.md = md
  }

  deinit {
    for ctx in idle { EVP_PKEY_CTX_free(ctx) }
    EVP_MD_free(md)
  }

  /// Hashes `input` and verifies `signature` (DER for ECDSA) over the digest.
  func verify(input: UnsafeRawBufferPointer, signature: UnsafeRawBufferPointer) -> Bool {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Int(EVP_MAX_MD_SIZE)) { digest in
      var length: UInt32 = 0
      guard EVP_Digest(input.baseAddress, input.count, digest.baseAddress, &length, md, nil) == 1,
        let ctx = checkOut()
      else { return false }
      defer { checkIn(ctx) }
      let status = EVP_PKEY_verify(
        ctx, signature.baseAddress?.assumingMemoryBound(to: UInt8.self), signature.count, digest.baseAddress, Int(length))
      if status != 1 { ERR_clear_error() }
      return status == 1
    }
  }

  private func checkOut() -> OpaquePointer? {
    if let ctx = lock.withLock({ idle.popLast() }) { return ctx }
    return makeContext()
  }

  private func checkIn(_ ctx: OpaquePointer) {
    let kept = lock.withLock {
      guard idle.count < Self.maxIdle else { return false }
      idle.append(ctx)
      return true
    }
    if !kept { EVP_PKEY_CTX_free(ctx) }
  }

  /// A context set up for this algorithm: digest, and for PSS the RFC 7518 §3.5 parameters.
  private func makeContext() -> OpaquePointer? {
    guard let ctx = EVP_PKEY_CTX_new_from_pkey(nil, key.pointer, nil) else { return nil }
    var ok = EVP_PKEY_verify_init(ctx) == 1 && EVP_PKEY_CTX_set_signature_md(ctx, md) == 1
    if ok, alg.family == .rsaPSS { ok = fed_set_rsa_pss(ctx, md) == 1 }
    guard ok else {
      EVP_PKEY_CTX_free(ctx)
      ERR_clear_error()
      return nil
    }
    return ctx
  }
}

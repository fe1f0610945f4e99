/// The imported key of one `JWK`, created once on first use and shared by copies of the key,
/// with its pools of ready verification contexts (one pool per algorithm).
///
/// Guarded by a lock: the import runs once even when many threads verify at the same time,
/// and later reads only take an uncontended lock.
final class PublicKeyCache: @unchecked Sendable {
  private let lock = PthreadLock()
  private var state: Result<EVPPublicKey, KeyImportError>?
  private var pools: [JWSAlgorithm: VerifyContextPool] = [:]

  /// The cached import result, running `make` only the first time.
  func key(_ make: () -> Result<EVPPublicKey, KeyImportError>) -> Result<EVPPublicKey, KeyImportError> {
    lock.withLock {
      if let state { return state }
      let made = make()
      state = made
      return made
    }
  }

  /// The context pool for `alg` on `key`, created on first use (nil for EdDSA, or on failure).
  func pool(_ alg: JWSAlgorithm, key: EVPPublicKey) -> VerifyContextPool? {
    lock.withLock {
      if let pool = pools[alg] { return pool }
      let pool = VerifyContextPool(key: key, alg: alg)
      pools[alg] = pool
      return pool
    }
  }
}

extension JWK {
  /// The libcrypto key for this JWK, imported on first call and cached; nil material fails.
  public func publicKey() -> Result<EVPPublicKey, KeyImportError> {
    guard let material else { return .failure(.openSSL(stage: "no decoded material")) }
    return cache.key { EVPPublicKey.importing(material) }
  }
}

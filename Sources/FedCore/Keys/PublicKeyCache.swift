#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The imported key of one `JWK`, created once on first use and shared by copies of the key.
///
/// Guarded by a mutex: the import runs once even when many threads verify at the same time,
/// and later reads only take an uncontended lock.
final class PublicKeyCache: @unchecked Sendable {
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  private var state: Result<EVPPublicKey, KeyImportError>?

  init() {
    mutex = .allocate(capacity: 1)
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  /// The cached import result, running `make` only the first time.
  func key(_ make: () -> Result<EVPPublicKey, KeyImportError>) -> Result<EVPPublicKey, KeyImportError> {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    if let state { return state }
    let made = make()
    state = made
    return made
  }
}

extension JWK {
  /// The libcrypto key for this JWK, imported on first call and cached; nil material fails.
  public func publicKey() -> Result<EVPPublicKey, KeyImportError> {
    guard let material else { return .failure(.openSSL(stage: "no decoded material")) }
    return cache.key { EVPPublicKey.importing(material) }
  }
}

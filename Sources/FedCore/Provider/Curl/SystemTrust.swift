import CLibCrypto

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whether a served chain verifies against the system roots alone (`tls-not-publicly-trusted`).
///
/// Used when a fetch needed the extra anchors of `--ca-file`: one handshake with system roots +
/// anchors, then this check with libcrypto, instead of a second handshake. The roots come from
/// the same place as the fetch's (`SystemRoots`); a hashed directory is read lazily by subject hash.
enum SystemTrust {
  /// True when `chain` (leaf first, as served) builds to a system root for a TLS server.
  static func verifies(_ chain: [ServedCertificate], roots: SystemRoots) -> Bool {
    guard let leafDER = chain.first?.der, let store = makeStore(roots) else { return false }
    defer { X509_STORE_free(store) }
    let certificates = chain.compactMap { parse($0.der) }
    defer { for certificate in certificates { X509_free(certificate) } }
    guard certificates.count == chain.count, !leafDER.isEmpty, let untrusted = OPENSSL_sk_new_null() else {
      return false
    }
    defer { OPENSSL_sk_free(untrusted) }
    for certificate in certificates.dropFirst() { OPENSSL_sk_push(untrusted, UnsafeRawPointer(certificate)) }
    guard let context = X509_STORE_CTX_new() else { return false }
    defer { X509_STORE_CTX_free(context) }
    guard X509_STORE_CTX_init(context, store, certificates[0], untrusted) == 1 else { return false }
    X509_STORE_CTX_set_purpose(context, sslServerPurpose)
    return X509_verify_cert(context) == 1
  }

  /// `X509_PURPOSE_SSL_SERVER` (openssl/x509v3.h, not part of the CLibCrypto shim).
  private static let sslServerPurpose: Int32 = 2

  private static func makeStore(_ roots: SystemRoots) -> OpaquePointer? {
    guard let store = X509_STORE_new() else { return nil }
    let loaded: Bool
    switch roots.resolved {
    case .directory(let path): loaded = X509_STORE_load_path(store, path) == 1
    case .file(let path): loaded = X509_STORE_load_file(store, path) == 1
    case .platform: loaded = TrustStore.fallbackBundles.contains { X509_STORE_load_file(store, $0) == 1 }
    }
    ERR_clear_error()
    guard loaded else {
      X509_STORE_free(store)
      return nil
    }
    return store
  }

  /// OpenSSL's subject-name hash of a PEM certificate, as `openssl rehash` names links (`xxxxxxxx`).
  static func subjectHash(pem: String) -> String? {
    guard let der = CertificateInfo.derBytes(pem: pem), let certificate = parse(der) else { return nil }
    defer { X509_free(certificate) }
    let hex = String(X509_subject_name_hash(certificate), radix: 16)
    return String(repeating: "0", count: max(0, 8 - hex.count)) + hex
  }

  private static func parse(_ der: [UInt8]) -> OpaquePointer? {
    der.withUnsafeBufferPointer { buffer -> OpaquePointer? in
      var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
      return d2i_X509(nil, &cursor, buffer.count)
    }
  }

}

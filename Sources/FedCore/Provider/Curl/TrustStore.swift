/// Trust anchors for a fetch: the system roots plus a PEM file's certificates.
///
/// `CURLOPT_CAINFO` would *replace* the system bundle, so to *add* anchors FedTUI builds one
/// bundle in memory (system bundle + the file) and hands it over with `CURLOPT_CAINFO_BLOB`
/// (libcurl ≥ 7.77, OpenSSL backend), which takes precedence over the default `CAINFO`.
enum TrustStore {
  /// Files tried when libcurl does not report its default bundle (`CURLINFO_CAINFO`).
  static let fallbackBundles = [
    "/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/cert.pem",
  ]

  /// The system roots followed by the certificates of `caFile`, as one PEM bundle.
  static func bundle(adding caFile: String, systemRoots: String? = nil) -> Result<[UInt8], FetchFailure> {
    let extra: [UInt8]
    switch LocalFile.read(path: caFile, maxBytes: 4 << 20) {
    case .success(let bytes): extra = bytes
    case .failure(let error):
      return .failure(FetchFailure(url: "file://" + caFile, stage: .tls, message: "CA file: \(error)"))
    }
    guard String(decoding: extra, as: UTF8.self).contains("-----BEGIN CERTIFICATE-----") else {
      return .failure(
        FetchFailure(url: "file://" + caFile, stage: .tls, message: "CA file \(caFile) holds no PEM certificate"))
    }
    return .success(systemBundle(systemRoots) + [0x0A] + extra)
  }

  /// The system roots as PEM; empty when none can be read (then only the extra anchors count).
  static func systemBundle(_ override: String? = nil) -> [UInt8] {
    if let override {
      return (try? LocalFile.read(path: override, maxBytes: 16 << 20).get()) ?? []
    }
    let candidates = (CurlGlobal.defaultCABundle.map { [$0] } ?? []) + fallbackBundles
    for path in candidates {
      if case .success(let bytes) = LocalFile.read(path: path, maxBytes: 16 << 20) { return bytes }
    }
    return []
  }
}

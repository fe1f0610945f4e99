/// Reading trust anchors: the extra `--ca-file` and, where needed, the system bundle.
///
/// `CURLOPT_CAINFO` *replaces* libcurl's bundle. To *add* anchors FedTUI either keeps the system
/// roots in the hashed CA directory (`CURLOPT_CAPATH`) and passes the file as `CAINFO`, or, on
/// platforms without such a directory, builds one bundle in memory (system bundle + the file)
/// and hands it over with `CURLOPT_CAINFO_BLOB` (libcurl ≥ 7.77, OpenSSL backend).
enum TrustStore {
  /// Files tried when libcurl does not report its default bundle (`CURLINFO_CAINFO`).
  static let fallbackBundles = [
    "/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/cert.pem",
  ]

  /// The extra anchors file, checked: readable and holding at least one PEM certificate.
  static func anchors(_ caFile: String) -> Result<[UInt8], FetchFailure> {
    let extra: [UInt8]
    switch LocalFile.read(path: caFile, maxBytes: Limits.fileBytes) {
    case .success(let bytes): extra = bytes
    case .failure(let error):
      return .failure(FetchFailure(url: "file://" + caFile, stage: .tls, message: "CA file: \(error)"))
    }
    guard String(decoding: extra, as: UTF8.self).contains("-----BEGIN CERTIFICATE-----") else {
      return .failure(
        FetchFailure(url: "file://" + caFile, stage: .tls, message: "CA file \(caFile) holds no PEM certificate"))
    }
    return .success(extra)
  }

  /// libcurl's default bundle (or a usual location) as PEM; empty when none can be read.
  static func systemBundle() -> [UInt8] {
    for path in (CurlGlobal.defaultCABundle.map { [$0] } ?? []) + fallbackBundles {
      if case .success(let bytes) = LocalFile.read(path: path, maxBytes: 16 << 20) { return bytes }
    }
    return []
  }

  static func bundleBytes(_ path: String) -> [UInt8] {
    (try? LocalFile.read(path: path, maxBytes: 16 << 20).get()) ?? []
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a fetch finds the system roots (the trust that decides `publiclyTrusted`).
public enum SystemRoots: Sendable, Equatable {
  /// The platform's: libcurl's hashed CA directory when it has one (`/etc/ssl/certs` on Debian:
  /// roots are looked up by subject hash, so no connection parses the whole ~150-certificate
  /// bundle), else libcurl's default bundle file.
  case platform
  /// A PEM bundle used instead (tests, air-gapped setups).
  case file(String)
  /// A hashed directory (`openssl rehash`) used instead.
  case directory(String)

  /// `.platform` made concrete: `.directory`, `.file`, or `.platform` when libcurl reports neither.
  var resolved: SystemRoots {
    guard self == .platform else { return self }
    if let directory = CurlGlobal.hashedCAPath { return .directory(directory) }
    if let bundle = CurlGlobal.defaultCABundle { return .file(bundle) }
    return .platform
  }

  /// Whether `path` is a directory holding at least one subject-hash link (`xxxxxxxx.0`).
  static func isHashedDirectory(_ path: String) -> Bool {
    guard let directory = opendir(path) else { return false }
    defer { closedir(directory) }
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name.utf8.count == 10, name.hasSuffix(".0"), name.prefix(8).allSatisfy(\.isHexDigit) { return true }
    }
    return false
  }
}

/// How one transfer is told whom to trust (`CURLOPT_CAINFO`, `CURLOPT_CAPATH`, `CURLOPT_CAINFO_BLOB`).
enum TrustSetting {
  /// libcurl's compiled-in defaults.
  case libcurlDefault
  /// Only this hashed directory, plus an optional PEM file of extra anchors as `CAINFO`: the
  /// directory keeps the system roots, so `CAINFO` *adds* here rather than replaces.
  case directory(String, extraFile: String?)
  /// Only this PEM bundle file.
  case file(String)
  /// Only this in-memory PEM bundle (system bundle + extra anchors).
  case blob([UInt8])

  /// The setting for a fetch: the system roots, plus `caFile`'s anchors when given.
  static func make(roots: SystemRoots, adding caFile: String?) -> Result<TrustSetting, FetchFailure> {
    guard let caFile else {
      switch roots {
      case .platform: return .success(.libcurlDefault)
      case .file(let path): return .success(.file(path))
      case .directory(let path): return .success(.directory(path, extraFile: nil))
      }
    }
    return TrustStore.anchors(caFile).map { extra in
      switch roots {
      case .directory(let path): .directory(path, extraFile: caFile)
      case .file(let path): .blob(TrustStore.bundleBytes(path) + [0x0A] + extra)
      case .platform: .blob(TrustStore.systemBundle() + [0x0A] + extra)
      }
    }
  }
}

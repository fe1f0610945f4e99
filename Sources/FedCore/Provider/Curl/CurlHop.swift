import CCurl

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One HTTP exchange with libcurl (no redirect following: `CurlFetcher` follows them itself so
/// that every hop is recorded with its status and target).
struct CurlHop {
  var url: String
  var timeoutMs: Int
  var connectTimeoutMs: Int
  var maxBytes: Int
  var trust: TrustSetting
  /// Request headers, as `Name: value` lines.
  var headers: [HTTPHeader] = []
  /// `CURLOPT_RESOLVE` entries pinning the host to the addresses `AddressGuard` checked.
  var resolve: [String] = []

  /// What one exchange produced; `code` is libcurl's result.
  struct Outcome {
    var code: CURLcode
    var errorText: String
    var status: Int
    var headers: [HTTPHeader]
    var body: [UInt8]
    var redirectTarget: String?
    var certificates: [ServedCertificate]
    var tooLarge: Bool
    var cancelled: Bool
  }

  /// Runs the exchange on the calling thread (blocking).
  func perform(cancel: CancelFlag) -> Outcome {
    _ = CurlGlobal.initialized
    guard let handle = curl_easy_init() else {
      return Outcome(
        code: CURLE_FAILED_INIT, errorText: "libcurl could not start a transfer", status: 0, headers: [], body: [],
        redirectTarget: nil, certificates: [], tooLarge: false, cancelled: false)
    }
    defer { curl_easy_cleanup(handle) }
    var pins: UnsafeMutablePointer<curl_slist>? = nil
    for entry in resolve { pins = curl_slist_append(pins, entry) }
    defer { curl_slist_free_all(pins) }
    if let pins { fed_curl_setopt_slist(handle, CURLOPT_RESOLVE, pins) }
    let sink = TransferSink(maxBytes: maxBytes, cancel: cancel)
    let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
    errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    defer { errorBuffer.deallocate() }
    let headerList = headers.reduce(nil as UnsafeMutablePointer<curl_slist>?) { list, header in
      curl_slist_append(list, "\(header.name): \(header.value)") ?? list
    }
    defer { curl_slist_free_all(headerList) }
    let code = withExtendedLifetime(sink) { () -> CURLcode in
      let context = Unmanaged.passUnretained(sink).toOpaque()
      configure(handle, context: context, errorBuffer: errorBuffer)
      if let headerList { fed_curl_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList) }
      return curl_easy_perform(handle)
    }
    return outcome(handle, code: code, sink: sink, errorText: String(cString: errorBuffer))
  }

  private func outcome(_ handle: UnsafeMutableRawPointer, code: CURLcode, sink: TransferSink, errorText: String)
    -> Outcome
  {
    var status = 0
    fed_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
    var target: UnsafeMutablePointer<CChar>? = nil
    fed_curl_getinfo_string(handle, CURLINFO_REDIRECT_URL, &target)
    return Outcome(
      code: code, errorText: errorText, status: status, headers: sink.headers, body: sink.body,
      redirectTarget: target.map { String(cString: $0) }, certificates: CertificateInfo.chain(of: handle),
      tooLarge: sink.tooLarge, cancelled: sink.cancel.isCancelled)
  }

  private func configure(
    _ handle: UnsafeMutableRawPointer, context: UnsafeMutableRawPointer, errorBuffer: UnsafeMutablePointer<CChar>
  ) {
    fed_curl_setopt_string(handle, CURLOPT_URL, url)
    // Only HTTP(S), never file:, gopher: etc., also on redirects.
    fed_curl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
    fed_curl_setopt_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
    fed_curl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0)
    fed_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
    fed_curl_setopt_long(handle, CURLOPT_TIMEOUT_MS, max(1, timeoutMs))
    fed_curl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, max(1, min(connectTimeoutMs, timeoutMs)))
    // Refuse early when the server declares a body over the cap; the write callback enforces it
    // while reading when it does not. No Accept-Encoding is sent, so the cap is on real bytes.
    fed_curl_setopt_off(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(maxBytes))
    fed_curl_setopt_long(handle, CURLOPT_CERTINFO, 1)
    fed_curl_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 1)
    fed_curl_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 2)
    fed_curl_setopt_string(handle, CURLOPT_USERAGENT, "fedtui/\(FedTUIVersion.current)")
    fed_curl_setopt_string(handle, CURLOPT_NOPROXY, CurlGlobal.noProxy)
    fed_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)
    setTrust(handle)
    setCallbacks(handle, context: context)
  }

  private func setTrust(_ handle: UnsafeMutableRawPointer) {
    switch trust {
    case .libcurlDefault:
      return
    case .directory(let directory, let extraFile):
      // NULL CAINFO: no bundle parse; roots come from the directory by subject hash.
      if let extraFile {
        fed_curl_setopt_string(handle, CURLOPT_CAINFO, extraFile)
      } else {
        fed_curl_setopt_pointer(handle, CURLOPT_CAINFO, nil)
      }
      fed_curl_setopt_string(handle, CURLOPT_CAPATH, directory)
    case .file(let path):
      fed_curl_setopt_string(handle, CURLOPT_CAINFO, path)
      fed_curl_setopt_pointer(handle, CURLOPT_CAPATH, nil)
    case .blob(let pem):
      setBlob(handle, pem)
      fed_curl_setopt_pointer(handle, CURLOPT_CAPATH, nil)
    }
  }

  private func setBlob(_ handle: UnsafeMutableRawPointer, _ pem: [UInt8]) {
    var bytes = pem
    bytes.withUnsafeMutableBytes { buffer in
      var blob = curl_blob(data: buffer.baseAddress, len: buffer.count, flags: UInt32(CURL_BLOB_COPY))
      _ = fed_curl_setopt_blob(handle, CURLOPT_CAINFO_BLOB, &blob)
    }
  }

  private func setCallbacks(_ handle: UnsafeMutableRawPointer, context: UnsafeMutableRawPointer) {
    fed_curl_setopt_write_function(handle, CURLOPT_WRITEFUNCTION) { data, size, count, context in
      let sink = Unmanaged<TransferSink>.fromOpaque(context!).takeUnretainedValue()
      let n = size * count
      return sink.receiveBody(UnsafeRawBufferPointer(start: data, count: n)) ? n : 0
    }
    fed_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, context)
    fed_curl_setopt_write_function(handle, CURLOPT_HEADERFUNCTION) { data, size, count, context in
      let sink = Unmanaged<TransferSink>.fromOpaque(context!).takeUnretainedValue()
      let n = size * count
      return sink.receiveHeader(UnsafeRawBufferPointer(start: data, count: n)) ? n : 0
    }
    fed_curl_setopt_pointer(handle, CURLOPT_HEADERDATA, context)
    fed_curl_setopt_long(handle, CURLOPT_NOPROGRESS, 0)
    fed_curl_setopt_xferinfo_function(handle, CURLOPT_XFERINFOFUNCTION) { context, _, _, _, _ in
      // Called about once a second and on every chunk: a non-zero return aborts the transfer.
      Unmanaged<TransferSink>.fromOpaque(context!).takeUnretainedValue().cancel.isCancelled ? 1 : 0
    }
    fed_curl_setopt_pointer(handle, CURLOPT_XFERINFODATA, context)
  }
}

/// Process-wide libcurl setup.
enum CurlGlobal {
  /// `curl_global_init`, run exactly once: Swift initialises a static `let` once, thread-safely.
  static let initialized: Bool = fed_curl_global_init_all() == CURLE_OK

  /// The CA bundle libcurl uses by default (the system roots), e.g. `/etc/ssl/certs/ca-certificates.crt`.
  static let defaultCABundle: String? = defaultPath(CURLINFO_CAINFO)

  /// Hosts never reached through a proxy: loopback (tests, local issuers) plus the user's
  /// `no_proxy`/`NO_PROXY`, which `CURLOPT_NOPROXY` would otherwise override. Other hosts honour
  /// the usual `*_proxy` variables.
  static let noProxy: String = {
    let user = [getenv("no_proxy"), getenv("NO_PROXY")].compactMap { $0.map { String(cString: $0) } }.first ?? ""
    if user.filter({ $0 != " " }) == "*" { return "*" }
    return user.isEmpty ? "127.0.0.1,localhost,::1" : "127.0.0.1,localhost,::1," + user
  }()

  /// libcurl's default hashed CA directory, e.g. `/etc/ssl/certs` (nil when built without one).
  static let defaultCAPath: String? = defaultPath(CURLINFO_CAPATH)

  /// `defaultCAPath` when it really holds subject-hash links (else roots must come from the bundle).
  static let hashedCAPath: String? = defaultCAPath.flatMap { SystemRoots.isHashedDirectory($0) ? $0 : nil }

  private static func defaultPath(_ info: CURLINFO) -> String? {
    _ = initialized
    guard let handle = curl_easy_init() else { return nil }
    defer { curl_easy_cleanup(handle) }
    var path: UnsafeMutablePointer<CChar>? = nil
    guard fed_curl_getinfo_string(handle, info, &path) == CURLE_OK, let path else { return nil }
    return String(cString: path)
  }
}

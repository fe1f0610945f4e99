import CCurl

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The live `AWSTransport`: one libcurl POST per request, on a thread of its own. Signed
/// requests use libcurl's SigV4 (`CURLOPT_AWS_SIGV4` with region and service explicit, the keys
/// as user name and password, the session token as `X-Amz-Security-Token`, which libcurl signs
/// with the other headers). No redirects, no verbose output, nothing written to disk.
public struct CurlAWSTransport: AWSTransport {
  public init() {}

  public func send(_ request: AWSRequest) async -> Result<AWSResponse, FetchFailure> {
    if let failure = CurlFetcher.validate(request.endpoint) { return .failure(failure) }
    return await BlockingThread.run { Self.perform(request) }
  }

  static func perform(_ request: AWSRequest) -> Result<AWSResponse, FetchFailure> {
    _ = CurlGlobal.initialized
    let url = request.endpoint + "/"
    guard let handle = curl_easy_init() else {
      return .failure(FetchFailure(url: url, stage: .other, message: "libcurl could not start a transfer"))
    }
    defer { curl_easy_cleanup(handle) }
    let sink = TransferSink(maxBytes: XMLReader.maxBytes, cancel: CancelFlag())
    var headers: UnsafeMutablePointer<curl_slist>? = curl_slist_append(
      nil, "Content-Type: application/x-www-form-urlencoded; charset=utf-8")
    if let token = request.signing?.credentials.sessionToken { headers = curl_slist_append(headers, "X-Amz-Security-Token: \(token)") }
    defer { curl_slist_free_all(headers) }
    let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
    errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    defer { errorBuffer.deallocate() }
    let start = ContinuousClock.now
    let code = withExtendedLifetime(sink) { () -> CURLcode in
      configure(handle, request: request, url: url, headers: headers, errorBuffer: errorBuffer)
      setCallbacks(handle, context: Unmanaged.passUnretained(sink).toOpaque())
      return curl_easy_perform(handle)
    }
    let elapsed = RedirectWalk.seconds(ContinuousClock.now - start)
    guard code == CURLE_OK else {
      let text = String(cString: errorBuffer)
      let message = text.isEmpty ? String(cString: curl_easy_strerror(code)) : text
      return .failure(FetchFailure(url: url, stage: stage(code, tooLarge: sink.tooLarge), message: message, elapsed: elapsed))
    }
    var status = 0
    fed_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
    return .success(AWSResponse(status: status, body: sink.body, elapsed: elapsed))
  }

  private static func configure(
    _ handle: UnsafeMutableRawPointer, request: AWSRequest, url: String, headers: UnsafeMutablePointer<curl_slist>?,
    errorBuffer: UnsafeMutablePointer<CChar>
  ) {
    let timeoutMs = max(1, Int(request.timeout * 1000))
    fed_curl_setopt_string(handle, CURLOPT_URL, url)
    fed_curl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
    fed_curl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0)
    fed_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
    fed_curl_setopt_long(handle, CURLOPT_TIMEOUT_MS, timeoutMs)
    fed_curl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, min(timeoutMs, Int(Limits.connectTimeout * 1000)))
    fed_curl_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 1)
    fed_curl_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 2)
    fed_curl_setopt_string(handle, CURLOPT_USERAGENT, "fedtui/\(FedTUIVersion.current)")
    fed_curl_setopt_string(handle, CURLOPT_NOPROXY, CurlGlobal.noProxy)
    fed_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)
    if let bundle = request.caBundle {
      fed_curl_setopt_string(handle, CURLOPT_CAINFO, bundle)
      fed_curl_setopt_pointer(handle, CURLOPT_CAPATH, nil)
    }
    fed_curl_setopt_long(handle, CURLOPT_POST, 1)
    fed_curl_setopt_string(handle, CURLOPT_COPYPOSTFIELDS, request.query.body)
    fed_curl_setopt_slist(handle, CURLOPT_HTTPHEADER, headers)
    if let signing = request.signing {
      fed_curl_setopt_string(handle, CURLOPT_AWS_SIGV4, signing.curlParameter)
      fed_curl_setopt_string(handle, CURLOPT_USERNAME, signing.credentials.accessKeyID)
      fed_curl_setopt_string(handle, CURLOPT_PASSWORD, signing.credentials.secretAccessKey)
    }
  }

  private static func setCallbacks(_ handle: UnsafeMutableRawPointer, context: UnsafeMutableRawPointer) {
    fed_curl_setopt_write_function(handle, CURLOPT_WRITEFUNCTION) { data, size, count, context in
      let sink = Unmanaged<TransferSink>.fromOpaque(context!).takeUnretainedValue()
      let n = size * count
      return sink.receiveBody(UnsafeRawBufferPointer(start: data, count: n)) ? n : 0
    }
    fed_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, context)
  }

  static func stage(_ code: CURLcode, tooLarge: Bool) -> FetchStage {
    if tooLarge { return .tooLarge }
    switch code {
    case CURLE_COULDNT_RESOLVE_HOST: return .dns
    case CURLE_COULDNT_CONNECT: return .connect
    case CURLE_OPERATION_TIMEDOUT: return .timeout
    case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE: return .tls
    default: return .other
    }
  }
}

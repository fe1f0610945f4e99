/// The live `Fetcher`: libcurl, with every limit of `FetchRequest` enforced.
///
/// - Timeouts: `connectTimeout` per connection, `timeout` for the whole fetch including redirects.
/// - Size: `maxBytes` is enforced while reading (the write callback aborts the transfer), and a
///   larger declared `Content-Length` is refused up front. No `Accept-Encoding` is sent, so the cap
///   applies to the bytes actually stored.
/// - Redirects: followed by hand, at most `maxRedirects`, each recorded; a loop fails as
///   `.tooManyRedirects`. Only `http` and `https` URLs are fetched, also on redirects.
/// - Trust: the system roots. With `caFile`, a chain that fails verification against them is
///   retried with system roots + the file's anchors; success then marks the response
///   `publiclyTrusted = false` (`tls-not-publicly-trusted`, `spec/findings.md`).
/// - Each fetch runs `curl_easy_perform` on a dedicated thread, so concurrent fetches overlap and
///   the cooperative pool stays free; cancelling the task aborts the transfer.
public struct CurlFetcher: Fetcher {
  /// A PEM file used *instead of* the system roots (tests, air-gapped setups); nil = the system's.
  public var systemRootsFile: String?

  public init(systemRootsFile: String? = nil) {
    self.systemRootsFile = systemRootsFile
  }

  public func fetch(_ request: FetchRequest) async -> Result<FetchResponse, FetchFailure> {
    if let failure = Self.validate(request.url) { return .failure(failure) }
    if Task.isCancelled { return .failure(FetchFailure(url: request.url, stage: .cancelled, message: "cancelled")) }
    let cancel = CancelFlag()
    return await withTaskCancellationHandler {
      await BlockingThread.run { [systemRootsFile] in
        Self.performBlocking(request, systemRootsFile: systemRootsFile, cancel: cancel)
      }
    } onCancel: {
      cancel.cancel()
    }
  }

  /// The whole fetch, blocking the calling thread.
  static func performBlocking(_ request: FetchRequest, systemRootsFile: String?, cancel: CancelFlag)
    -> Result<FetchResponse, FetchFailure>
  {
    let start = ContinuousClock.now
    var walk = RedirectWalk(request: request, rootsFile: systemRootsFile, cancel: cancel, start: start)
    let system = walk.run()
    guard let caFile = request.caFile, system.verificationFailed else {
      return marked(system.result, publiclyTrusted: true)
    }
    switch TrustStore.bundle(adding: caFile, systemRoots: systemRootsFile) {
    case .failure(let failure):
      return .failure(failure)
    case .success(let bundle):
      walk.trustBundle = bundle
      let extra = walk.run()
      return marked(extra.result, publiclyTrusted: false)
    }
  }

  /// Sets `publiclyTrusted` on the response (also one carried by a failure) when its final URL is HTTPS.
  private static func marked(_ result: Result<FetchResponse, FetchFailure>, publiclyTrusted: Bool)
    -> Result<FetchResponse, FetchFailure>
  {
    func mark(_ response: FetchResponse) -> FetchResponse {
      var copy = response
      copy.publiclyTrusted = isHTTPS(response.finalURL) ? publiclyTrusted : nil
      return copy
    }
    switch result {
    case .success(let response):
      return .success(mark(response))
    case .failure(var failure):
      failure.response = failure.response.map(mark)
      return .failure(failure)
    }
  }

  /// Rejects what must never reach libcurl: other schemes, no host, spaces or control characters.
  static func validate(_ url: String) -> FetchFailure? {
    func invalid(_ message: String) -> FetchFailure { FetchFailure(url: url, stage: .invalidURL, message: message) }
    let lower = url.lowercased()
    guard let scheme = ["https://", "http://"].first(where: { lower.hasPrefix($0) }) else {
      return invalid("only http:// and https:// URLs are fetched")
    }
    if url.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) {
      return invalid("the URL contains spaces or control characters")
    }
    let rest = url.dropFirst(scheme.count)
    if rest.isEmpty || rest.first == "/" || rest.first == "?" || rest.first == "#" {
      return invalid("the URL has no host")
    }
    return nil
  }

  static func isHTTPS(_ url: String) -> Bool { url.lowercased().hasPrefix("https://") }
}

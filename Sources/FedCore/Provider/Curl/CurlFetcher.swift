/// The live `Fetcher`: libcurl, with every limit of `FetchRequest` enforced.
///
/// - Timeouts: `connectTimeout` per connection, `timeout` for the whole fetch including redirects.
/// - Size: `maxBytes` is enforced while reading (the write callback aborts the transfer), and a
///   larger declared `Content-Length` is refused up front. No `Accept-Encoding` is sent, so the cap
///   applies to the bytes actually stored.
/// - Redirects: followed by hand, at most `maxRedirects`, each recorded; a loop fails as
///   `.tooManyRedirects`. Only `http` and `https` URLs are fetched, also on redirects.
/// - Trust: the system roots (`SystemRoots`). With `caFile`, system roots + the file's anchors
///   (see `TrustStore`); the served chain is then checked against the system roots alone with
///   libcrypto, and `publiclyTrusted` says whether they suffice (`tls-not-publicly-trusted`,
///   `spec/findings.md`): one handshake either way.
/// - Each fetch runs `curl_easy_perform` on a dedicated thread, so concurrent fetches overlap and
///   the cooperative pool stays free; cancelling the task aborts the transfer.
public struct CurlFetcher: Fetcher {
  /// Where the system roots come from; `.platform` unless a test or an air-gapped setup says otherwise.
  public var systemRoots: SystemRoots
  /// How hosts are resolved and classified for the address check (`AddressGuard`).
  public var lookup: HostLookup

  public init(systemRoots: SystemRoots = .platform, lookup: HostLookup = .system) {
    self.systemRoots = systemRoots
    self.lookup = lookup
  }

  public func fetch(_ request: FetchRequest) async -> Result<FetchResponse, FetchFailure> {
    if let failure = Self.validate(request.url) { return .failure(failure) }
    if Task.isCancelled { return .failure(FetchFailure(url: request.url, stage: .cancelled, message: "cancelled")) }
    let cancel = CancelFlag()
    return await withTaskCancellationHandler {
      await BlockingThread.run { [systemRoots, lookup] in
        Self.performBlocking(request, roots: systemRoots.resolved, lookup: lookup, cancel: cancel)
      }
    } onCancel: {
      cancel.cancel()
    }
  }

  /// The whole fetch, blocking the calling thread.
  static func performBlocking(_ request: FetchRequest, roots: SystemRoots, lookup: HostLookup = .system, cancel: CancelFlag)
    -> Result<FetchResponse, FetchFailure>
  {
    let trust: TrustSetting
    switch TrustSetting.make(roots: roots, adding: request.caFile) {
    case .success(let setting): trust = setting
    case .failure(let failure): return .failure(failure)
    }
    let result = RedirectWalk(request: request, trust: trust, cancel: cancel, start: .now, lookup: lookup).run().result
    guard request.caFile != nil else {
      // libcurl verified against the system roots alone: any HTTPS response is publicly trusted.
      return marked(result) { _ in true }
    }
    // Verified against roots + anchors; whether the roots alone suffice is checked on the
    // captured chain, which spares a second handshake.
    return marked(result) { SystemTrust.verifies($0.certificates, roots: roots) }
  }

  /// Sets `publiclyTrusted` on the response (also one carried by a failure) when its final URL is HTTPS.
  private static func marked(
    _ result: Result<FetchResponse, FetchFailure>, publiclyTrusted: (FetchResponse) -> Bool
  ) -> Result<FetchResponse, FetchFailure> {
    func mark(_ response: FetchResponse) -> FetchResponse {
      var copy = response
      copy.publiclyTrusted = isHTTPS(response.finalURL) ? publiclyTrusted(response) : nil
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
    if url.utf8.count > maxURLBytes { return invalid("the URL is longer than \(maxURLBytes) bytes") }
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
    if URLParts(url)?.userinfo != nil {
      return invalid("the URL carries userinfo (user@ before the host): FedTUI never sends credentials")
    }
    return nil
  }

  /// URLs longer than this are refused (a `jwks_uri` comes from an untrusted document).
  static let maxURLBytes = 8192

  static func isHTTPS(_ url: String) -> Bool { url.lowercased().hasPrefix("https://") }
}

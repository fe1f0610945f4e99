/// Fetches what STS would fetch for an issuer, plus the provider's other key locations.
///
/// Discovery then `jwks_uri` run in sequence (the second depends on the first, and their sum is
/// what STS waits for: `discovery-slow`); the alternate key locations run concurrently with that
/// chain (`spec/product.md` capability 1, `spec/findings.md` failure #3).
public struct ProviderProbe: Sendable {
  /// Limits applied to every request of a probe.
  public struct Options: Sendable, Equatable {
    /// Total seconds per request (connect + TLS + body, redirects included).
    public var timeout: Double
    /// Extra trust anchors (PEM), added to the system roots.
    public var caFile: String?
    /// Size cap of the discovery document.
    public var discoveryMaxBytes: Int
    /// Size cap of the key set (and of each alternate location).
    public var jwksMaxBytes: Int
    public var maxRedirects: Int
    /// Which addresses may be fetched (`Checker` passes `.publicOnly` plus the operator's consent).
    public var consent: NetworkConsent

    public init(
      timeout: Double = Limits.fetchTimeout, caFile: String? = nil, discoveryMaxBytes: Int = Limits.discoveryBytes,
      jwksMaxBytes: Int = Limits.jwksBytes, maxRedirects: Int = Limits.redirects, consent: NetworkConsent = .unrestricted
    ) {
      self.consent = consent
      self.timeout = timeout
      self.caFile = caFile
      self.discoveryMaxBytes = discoveryMaxBytes
      self.jwksMaxBytes = jwksMaxBytes
      self.maxRedirects = maxRedirects
    }
  }

  public var fetcher: any Fetcher
  public var options: Options

  public init(fetcher: any Fetcher = CurlFetcher(), options: Options = Options()) {
    self.fetcher = fetcher
    self.options = options
  }

  /// Probes `issuer`: discovery, then its `jwks_uri`, while `<issuer><path>` for each of
  /// `alternateKeyPaths` is fetched concurrently. A `jwks_uri` that is also an alternate location
  /// is fetched once: its alternate fetch (done or in flight) is used. Never throws: failures
  /// are in the snapshot.
  public func probe(issuer: String, alternateKeyPaths: [String] = []) async -> ProviderSnapshot {
    let alternateURLs = ProbeURLs.alternates(issuer: issuer, paths: alternateKeyPaths)
    let tasks = alternateURLs.map { url in Task { await timedFetch(url, maxBytes: options.jwksMaxBytes) } }
    return await withTaskCancellationHandler {
      let (discovery, discoverySeconds) = await timedFetch(ProbeURLs.discovery(issuer: issuer), maxBytes: options.discoveryMaxBytes)
      var jwks: DocumentFetch? = nil
      var jwksSeconds = 0.0
      if let jwksURI = Self.jwksURI(discovery) {
        let (fetch, seconds) =
          if let index = alternateURLs.firstIndex(of: jwksURI) {
            await tasks[index].value
          } else {
            await timedFetch(jwksURI, maxBytes: options.jwksMaxBytes)
          }
        jwks = fetch
        jwksSeconds = seconds
      }
      var alternates: [DocumentFetch] = []
      for task in tasks { alternates.append(await task.value.0) }
      // What STS waits for is the two fetches in sequence, whether or not FedTUI overlapped them.
      return ProviderSnapshot(
        issuer: issuer, discovery: discovery, jwks: jwks, alternates: alternates,
        publiclyTrusted: Self.publiclyTrusted([discovery, jwks]), discoveryAndJWKSElapsed: discoverySeconds + jwksSeconds)
    } onCancel: {
      for task in tasks { task.cancel() }
    }
  }

  /// One document and the seconds it took.
  private func timedFetch(_ url: String, maxBytes: Int) async -> (DocumentFetch, Double) {
    let start = ContinuousClock.now
    let fetch = await fetchDocument(url, maxBytes: maxBytes)
    return (fetch, RedirectWalk.seconds(ContinuousClock.now - start))
  }

  /// Fetches one document and requires JSON (`.notJSON` otherwise, with the response kept).
  public func fetchDocument(_ url: String, maxBytes: Int) async -> DocumentFetch {
    let request = FetchRequest(
      url: url, timeout: options.timeout, maxBytes: maxBytes, maxRedirects: options.maxRedirects,
      caFile: options.caFile, consent: options.consent)
    return DocumentFetch(url: url, result: DocumentCheck.requireJSON(await fetcher.fetch(request)))
  }

  /// The discovery document's `jwks_uri`, when it is a JSON object with a string there.
  static func jwksURI(_ discovery: DocumentFetch) -> String? {
    guard let body = discovery.response?.body, let document = try? JSONParser.parse(body) else { return nil }
    return document["jwks_uri"]?.stringValue
  }

  /// False when any fetch verified only with the extra anchors, true when one verified against
  /// the system roots, nil when unknown (nothing reached over HTTPS).
  static func publiclyTrusted(_ fetches: [DocumentFetch?]) -> Bool? {
    let marks = fetches.compactMap { fetch in
      fetch.flatMap { $0.response?.publiclyTrusted ?? $0.failure?.response?.publiclyTrusted }
    }
    if marks.contains(false) { return false }
    return marks.isEmpty ? nil : true
  }
}

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
  /// `alternateKeyPaths` is fetched concurrently. Never throws: failures are in the snapshot.
  public func probe(issuer: String, alternateKeyPaths: [String] = []) async -> ProviderSnapshot {
    let alternateURLs = ProbeURLs.alternates(issuer: issuer, paths: alternateKeyPaths)
    async let alternates = fetchAll(alternateURLs)
    let start = ContinuousClock.now
    let discovery = await fetchDocument(ProbeURLs.discovery(issuer: issuer), maxBytes: options.discoveryMaxBytes)
    var jwks: DocumentFetch? = nil
    if let jwksURI = Self.jwksURI(discovery) {
      jwks = await fetchDocument(jwksURI, maxBytes: options.jwksMaxBytes)
    }
    let elapsed = RedirectWalk.seconds(ContinuousClock.now - start)
    return ProviderSnapshot(
      issuer: issuer, discovery: discovery, jwks: jwks, alternates: await alternates,
      publiclyTrusted: Self.publiclyTrusted([discovery, jwks]), discoveryAndJWKSElapsed: elapsed)
  }

  /// Fetches one document and requires JSON (`.notJSON` otherwise, with the response kept).
  public func fetchDocument(_ url: String, maxBytes: Int) async -> DocumentFetch {
    let request = FetchRequest(
      url: url, timeout: options.timeout, maxBytes: maxBytes, maxRedirects: options.maxRedirects,
      caFile: options.caFile, consent: options.consent)
    return DocumentFetch(url: url, result: DocumentCheck.requireJSON(await fetcher.fetch(request)))
  }

  /// The alternate locations, all at once, reported in the order given.
  private func fetchAll(_ urls: [String]) async -> [DocumentFetch] {
    await withTaskGroup(of: (Int, DocumentFetch).self) { group in
      for (index, url) in urls.enumerated() {
        group.addTask { (index, await fetchDocument(url, maxBytes: options.jwksMaxBytes)) }
      }
      var results: [DocumentFetch?] = Array(repeating: nil, count: urls.count)
      for await (index, fetch) in group { results[index] = fetch }
      return results.compactMap { $0 }
    }
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

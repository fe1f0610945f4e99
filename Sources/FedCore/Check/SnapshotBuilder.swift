/// Builds the `ProviderSnapshot` for a check: saved documents where given, otherwise discovery,
/// `jwks_uri` and (when the token's key is not there) the alternate key locations, fetched
/// through a `Fetcher` (`spec/product.md` capability 1).
enum SnapshotBuilder {
  static func build(issuer: String, kid: String?, profile: ProviderProfile, options: CheckOptions, fetcher: any Fetcher) async
    -> ProviderSnapshot
  {
    let base = probeBase(issuer)
    let timeout = options.timeout, caFile = options.caFile
    let request: @Sendable (String) -> FetchRequest = { url in FetchRequest(url: url, timeout: timeout, caFile: caFile) }
    var snapshot = ProviderSnapshot(issuer: issuer, offline: options.isOffline)
    if let saved = options.discoveryDocument {
      snapshot.discovery = fromFile(saved)
    } else if options.jwksDocument == nil {
      let url = base + "/.well-known/openid-configuration"
      snapshot.discovery = DocumentFetch(url: url, result: await fetcher.fetch(request(url)))
    }
    if let saved = options.jwksDocument {
      snapshot.jwks = fromFile(saved)
    } else if let uri = snapshot.discovery?.response.flatMap({ DiagnosisContext.object($0.body) })?["jwks_uri"]?.stringValue {
      snapshot.jwks = DocumentFetch(url: uri, result: await fetcher.fetch(request(uri)))
    }
    snapshot.discoveryAndJWKSElapsed = elapsed(snapshot.discovery).map { $0 + (elapsed(snapshot.jwks) ?? 0) }
    if !options.isOffline, needsAlternates(snapshot, kid: kid) {
      let urls = alternateURLs(base: base, profile: profile, excluding: snapshot.jwks?.url)
      snapshot.alternates = await fetchAll(urls, fetcher: fetcher, request: request)
    }
    return snapshot
  }

  /// The URL the provider is probed at: the issuer, given `https://` when it is a bare host.
  static func probeBase(_ issuer: String) -> String {
    var base = issuer.contains("://") ? issuer : "https://" + issuer
    while base.hasSuffix("/") { base.removeLast() }
    return base
  }

  static func fromFile(_ saved: CheckOptions.SavedDocument) -> DocumentFetch {
    DocumentFetch(url: "file:" + saved.path, result: .success(FetchResponse(requestedURL: "file:" + saved.path, status: 200, body: saved.bytes)))
  }

  static func elapsed(_ fetch: DocumentFetch?) -> Double? {
    guard let fetch, !fetch.url.hasPrefix("file:") else { return nil }
    return fetch.response?.elapsed ?? fetch.failure?.elapsed
  }

  /// Alternates are probed when the key set did not arrive or lacks the token's kid.
  static func needsAlternates(_ s: ProviderSnapshot, kid: String?) -> Bool {
    guard let body = s.jwks?.response?.body, case .success(let set) = KeySetSummary.parse(body) else { return true }
    guard let kid else { return false }
    return set.key(kid: kid) == nil
  }

  /// The profile's key paths, then the generic ones, relative to the issuer; without `jwks_uri`.
  static func alternateURLs(base: String, profile: ProviderProfile, excluding: String?) -> [String] {
    var urls: [String] = []
    for path in profile.alternateKeyPaths + KnownProviders.generic.alternateKeyPaths {
      let url = base + path
      if url != excluding && !urls.contains(url) { urls.append(url) }
    }
    return urls
  }

  /// Fetches concurrently; results keep the order of `urls`.
  static func fetchAll(_ urls: [String], fetcher: any Fetcher, request: @escaping @Sendable (String) -> FetchRequest) async
    -> [DocumentFetch]
  {
    await withTaskGroup(of: (Int, DocumentFetch).self) { group in
      for (index, url) in urls.enumerated() {
        group.addTask { (index, DocumentFetch(url: url, result: await fetcher.fetch(request(url)))) }
      }
      var results: [(Int, DocumentFetch)] = []
      for await result in group { results.append(result) }
      return results.sorted { $0.0 < $1.0 }.map(\.1)
    }
  }
}

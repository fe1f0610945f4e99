/// One document fetch (or file read) and its outcome.
public struct DocumentFetch: Sendable, Equatable {
  public var url: String
  public var result: Result<FetchResponse, FetchFailure>
  public init(url: String, result: Result<FetchResponse, FetchFailure>) {
    self.url = url
    self.result = result
  }

  public var response: FetchResponse? { try? result.get() }
  public var failure: FetchFailure? {
    if case .failure(let f) = result { return f }
    return nil
  }
}

/// Everything known about an issuer's provider side: the input the diagnosis reads.
/// Built by `ProviderProbe` from the network, or from saved files for offline use.
public struct ProviderSnapshot: Sendable, Equatable {
  /// The issuer probed (the `--issuer` flag or the token's `iss`).
  public var issuer: String
  /// `<issuer>/.well-known/openid-configuration`; nil when not fetched.
  public var discovery: DocumentFetch?
  /// The discovery document's `jwks_uri`; nil when not reached.
  public var jwks: DocumentFetch?
  /// Other places the provider may publish keys, probed concurrently.
  public var alternates: [DocumentFetch]
  /// Whether the served chain verified against the system roots alone (nil: not known,
  /// e.g. offline files or plain HTTP).
  public var publiclyTrusted: Bool?
  /// Seconds for discovery + JWKS in sequence (what STS would wait).
  public var discoveryAndJWKSElapsed: Double?
  /// True when the documents came from files rather than the network.
  public var offline: Bool

  public init(
    issuer: String, discovery: DocumentFetch? = nil, jwks: DocumentFetch? = nil, alternates: [DocumentFetch] = [],
    publiclyTrusted: Bool? = nil, discoveryAndJWKSElapsed: Double? = nil, offline: Bool = false
  ) {
    self.issuer = issuer
    self.discovery = discovery
    self.jwks = jwks
    self.alternates = alternates
    self.publiclyTrusted = publiclyTrusted
    self.discoveryAndJWKSElapsed = discoveryAndJWKSElapsed
    self.offline = offline
  }
}

/// The certificate chain a host serves, and its IAM thumbprint (`fedtui thumbprint`).
///
/// IAM pins the SHA-1 of the top certificate of the chain the host serves, i.e. the last one
/// `openssl s_client -showcerts` prints (`spec/aws-oidc-rules.md` §4).
public struct ServedChain: Sendable, Equatable {
  /// The URL whose host served the chain.
  public var url: String
  /// Leaf first, top last.
  public var certificates: [ServedCertificate]
  /// See `FetchResponse.publiclyTrusted`.
  public var publiclyTrusted: Bool?

  public init(url: String, certificates: [ServedCertificate], publiclyTrusted: Bool?) {
    self.url = url
    self.certificates = certificates
    self.publiclyTrusted = publiclyTrusted
  }

  /// 40 lowercase hex digits: the value for `ThumbprintList`.
  public var thumbprint: String? { certificates.last?.sha1Thumbprint }

  /// The URL to connect to for a user's input: `https://…` as given, or a bare host (`host`,
  /// `host:port/path`) as `https://host…`. Nil for anything else (`http://`, other schemes,
  /// spaces or controls, no host).
  public static func targetURL(_ input: String) -> String? {
    let lower = input.lowercased()
    let url: String
    if lower.hasPrefix("https://") {
      url = input
    } else if input.contains("://") {
      return nil
    } else {
      url = "https://" + input
    }
    return CurlFetcher.validate(url) == nil ? url : nil
  }

  /// Connects to `url`'s host and captures its chain. Redirects are not followed: the chain is
  /// the named host's. Any completed HTTP exchange counts (404, 302, an oversized body).
  public static func fetch(
    url: String, timeout: Double = Limits.fetchTimeout, caFile: String? = nil, fetcher: any Fetcher = CurlFetcher()
  ) async -> Result<ServedChain, FetchFailure> {
    let request = FetchRequest(url: url, timeout: timeout, maxBytes: Limits.discoveryBytes, maxRedirects: 0, caFile: caFile)
    let response: FetchResponse
    switch await fetcher.fetch(request) {
    case .success(let value):
      response = value
    case .failure(let failure):
      guard let value = failure.response, !value.certificates.isEmpty else { return .failure(failure) }
      response = value
    }
    guard !response.certificates.isEmpty else {
      return .failure(FetchFailure(url: url, stage: .tls, message: "no certificate chain was captured"))
    }
    return .success(
      ServedChain(url: url, certificates: response.certificates, publiclyTrusted: response.publiclyTrusted))
  }
}

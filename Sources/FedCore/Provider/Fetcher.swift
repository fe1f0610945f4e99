/// One HTTP GET, with the limits FedTUI puts on every request to an untrusted server.
public struct FetchRequest: Sendable, Equatable {
  public var url: String
  /// Total time allowed, in seconds.
  public var timeout: Double
  /// Time allowed to connect (TCP + TLS), in seconds.
  public var connectTimeout: Double
  /// The body is cut off (and the fetch fails with `.tooLarge`) past this many bytes.
  public var maxBytes: Int
  /// Redirects followed at most; each one is recorded.
  public var maxRedirects: Int
  /// Extra trust anchors (a PEM file), added to the system roots.
  public var caFile: String?
  /// Request headers (e.g. a bearer for the CI token request). They are sent to the requested
  /// origin only: a redirect to another scheme, host or port drops them.
  public var headers: [HTTPHeader]
  /// Which addresses every hop may reach: `.unrestricted` for a URL the operator gave,
  /// `.publicOnly` (plus consent) for one that came from a token or a server (`AddressPolicy`).
  public var consent: NetworkConsent

  public init(
    url: String, timeout: Double = Limits.fetchTimeout, connectTimeout: Double? = nil, maxBytes: Int = Limits.discoveryBytes,
    maxRedirects: Int = Limits.redirects,
    caFile: String? = nil, headers: [HTTPHeader] = [], consent: NetworkConsent = .unrestricted
  ) {
    self.url = url
    self.timeout = timeout
    self.connectTimeout = connectTimeout ?? min(timeout, Limits.connectTimeout)
    self.maxBytes = maxBytes
    self.maxRedirects = maxRedirects
    self.caFile = caFile
    self.headers = headers
    self.consent = consent
  }
}

/// A response header, in the order the server sent it.
public struct HTTPHeader: Sendable, Equatable {
  public var name: String
  public var value: String
  public init(_ name: String, _ value: String) {
    self.name = name
    self.value = value
  }
}

/// One redirect that was followed.
public struct Redirect: Sendable, Equatable {
  public var from: String
  public var to: String
  public var status: Int
  public init(from: String, to: String, status: Int) {
    self.from = from
    self.to = to
    self.status = status
  }
}

/// One certificate of the chain the server presented, top (root-most) last.
public struct ServedCertificate: Sendable, Equatable {
  public var subject: String
  public var issuer: String
  /// DER bytes.
  public var der: [UInt8]
  /// SHA-1 of the DER, 40 lowercase hex digits: the form IAM's `ThumbprintList` wants.
  public var sha1Thumbprint: String
  public var notBefore: String?
  public var notAfter: String?
  public init(subject: String, issuer: String, der: [UInt8], sha1Thumbprint: String, notBefore: String? = nil, notAfter: String? = nil) {
    self.subject = subject
    self.issuer = issuer
    self.der = der
    self.sha1Thumbprint = sha1Thumbprint
    self.notBefore = notBefore
    self.notAfter = notAfter
  }
}

/// A completed HTTP exchange (any status).
public struct FetchResponse: Sendable, Equatable {
  public var requestedURL: String
  public var finalURL: String
  public var status: Int
  /// Headers of the final response.
  public var headers: [HTTPHeader]
  public var body: [UInt8]
  public var redirects: [Redirect]
  /// The chain served by the final host, leaf first; empty for plain HTTP or files.
  public var certificates: [ServedCertificate]
  /// Seconds from start to the last byte.
  public var elapsed: Double
  /// Whether the final host's chain verified against the system roots alone: false when it
  /// verified only with the request's extra anchors (`caFile`); nil for plain HTTP, files, or
  /// when not known (`tls-not-publicly-trusted`, `spec/findings.md`).
  public var publiclyTrusted: Bool?

  public init(
    requestedURL: String, finalURL: String? = nil, status: Int, headers: [HTTPHeader] = [], body: [UInt8],
    redirects: [Redirect] = [], certificates: [ServedCertificate] = [], elapsed: Double = 0,
    publiclyTrusted: Bool? = nil
  ) {
    self.requestedURL = requestedURL
    self.finalURL = finalURL ?? requestedURL
    self.status = status
    self.headers = headers
    self.body = body
    self.redirects = redirects
    self.certificates = certificates
    self.elapsed = elapsed
    self.publiclyTrusted = publiclyTrusted
  }

  /// Values of every header with this name (case-insensitive).
  public func headerValues(_ name: String) -> [String] {
    let lower = name.lowercased()
    return headers.filter { $0.name.lowercased() == lower }.map(\.value)
  }

  /// The top certificate of the served chain: what IAM's legacy thumbprint pins.
  public var topCertificate: ServedCertificate? { certificates.last }
}

/// The stage at which a fetch failed.
public enum FetchStage: String, Sendable, Equatable {
  case invalidURL = "url"
  case dns
  case connect
  case tls
  case timeout
  case httpStatus = "http-status"
  case tooLarge = "too-large"
  case tooManyRedirects = "redirects"
  case notJSON = "not-json"
  /// The host is not publicly routable and the operator did not consent (`issuer-not-public`).
  case notPublic = "not-public"
  case cancelled
  case other
}

/// A fetch that did not produce a usable response, typed by stage, with a sentence for people.
public struct FetchFailure: Error, Sendable, Equatable {
  public var url: String
  public var stage: FetchStage
  /// What went wrong, e.g. the TLS reason or "HTTP 404".
  public var message: String
  /// The response, where one arrived (HTTP status failures, not-JSON bodies).
  public var response: FetchResponse?
  public var elapsed: Double
  /// The refused host and address, for `.notPublic`.
  public var refused: RefusedAddress?

  public init(
    url: String, stage: FetchStage, message: String, response: FetchResponse? = nil, elapsed: Double = 0,
    refused: RefusedAddress? = nil
  ) {
    self.url = url
    self.stage = stage
    self.message = message
    self.response = response
    self.elapsed = elapsed
    self.refused = refused
  }
}

/// Performs HTTP GETs. The live one uses libcurl; tests use in-memory or loopback ones.
public protocol Fetcher: Sendable {
  /// Never throws: every failure is a `FetchFailure` value.
  func fetch(_ request: FetchRequest) async -> Result<FetchResponse, FetchFailure>
}

/// How a request is signed: SigV4 for this service and region with these credentials.
public struct AWSSigning: Sendable {
  public var service: String
  public var region: String
  public var credentials: AWSCredentials
  public init(service: String, region: String, credentials: AWSCredentials) {
    self.service = service
    self.region = region
    self.credentials = credentials
  }

  /// libcurl's `CURLOPT_AWS_SIGV4` value, `aws:amz:<region>:<service>` (libcurl docs,
  /// CURLOPT_AWS_SIGV4: provider1:provider2:region:service, all given explicitly).
  public var curlParameter: String { "aws:amz:\(region):\(service)" }
}

/// One POST to an AWS endpoint.
public struct AWSRequest: Sendable {
  public var endpoint: String
  public var query: QueryRequest
  /// nil: unsigned (STS `AssumeRoleWithWebIdentity` needs no credentials).
  public var signing: AWSSigning?
  public var timeout: Double
  /// A PEM bundle replacing the system roots (`AWS_CA_BUNDLE`).
  public var caBundle: String?

  public init(endpoint: String, query: QueryRequest, signing: AWSSigning?, timeout: Double, caBundle: String? = nil) {
    self.endpoint = endpoint
    self.query = query
    self.signing = signing
    self.timeout = timeout
    self.caBundle = caBundle
  }
}

/// What came back: the status and the body (which for STS may hold credentials: callers read it
/// with `STSAnswer.read` and drop it).
public struct AWSResponse: Sendable {
  public var status: Int
  public var body: [UInt8]
  public var elapsed: Double
  public init(status: Int, body: [UInt8], elapsed: Double = 0) {
    self.status = status
    self.body = body
    self.elapsed = elapsed
  }
}

/// Sends Query API requests. The live one is `CurlAWSTransport`; tests use loopback servers.
public protocol AWSTransport: Sendable {
  /// Never throws: a failed exchange is a `FetchFailure` (stage and sentence).
  func send(_ request: AWSRequest) async -> Result<AWSResponse, FetchFailure>
}

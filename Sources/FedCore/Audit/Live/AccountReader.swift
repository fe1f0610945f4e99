/// Reads one account for `fedtui audit`, read-only: `ListOpenIDConnectProviders`,
/// `GetOpenIDConnectProvider` per ARN, `GetAccountAuthorizationDetails` (Filter=Role, every page).
/// Throttling answers are retried with exponential backoff.
public struct AccountReader: Sendable {
  public var settings: AWSSettings
  public var transport: any AWSTransport
  public var timeout: Double
  /// Tries per call (1 + retries) and the first backoff, doubled each retry.
  public var attempts = 5
  public var backoffSeconds = 0.2

  public init(settings: AWSSettings, transport: any AWSTransport, timeout: Double) {
    self.settings = settings
    self.transport = transport
    self.timeout = timeout
  }

  /// The IAM actions the live audit needs.
  public static let neededActions = "iam:ListOpenIDConnectProviders, iam:GetOpenIDConnectProvider, iam:GetAccountAuthorizationDetails"

  /// Throttling error codes of the Query APIs (botocore `retryhandler` / standard retry mode's
  /// throttling list: Throttling, ThrottlingException, RequestLimitExceeded, TooManyRequestsException).
  static let throttlingCodes: Set<String> = ["Throttling", "ThrottlingException", "RequestLimitExceeded", "TooManyRequestsException"]

  var partition: AWSPartition {
    AWSPartition.allCases.first { p in settings.region.map { p.contains(region: $0) } ?? false && p != .aws } ?? .aws
  }
  var iamURL: String { settings.iamEndpoint?.url ?? "https://" + partition.iamEndpoint.host }

  /// The account's roles and providers, or the first failure (naming the action).
  public func read(source: String) async -> Result<AuditAccountInput, AuditInputError> {
    let credentials: AWSCredentials
    switch settings.credentials {
    case .success(let c): credentials = c
    case .failure(let problem): return .failure(AuditInputError("\(source): \(problem.reason) (\(problem.fix))"))
    }
    do {
      let arns = try await call(.listOpenIDConnectProviders, credentials, "iam:ListOpenIDConnectProviders") {
        IAMOIDCProvider.readList($0, status: $1)
      }
      var providers: [AuditProviderInput] = []
      for arn in arns {
        let p = try await call(.getOpenIDConnectProvider(arn: arn), credentials, "iam:GetOpenIDConnectProvider") {
          IAMOIDCProvider.read($0, status: $1, arn: arn)
        }
        providers.append(AuditProviderInput(arn: arn, url: p.url, clientIDs: p.clientIDs, thumbprints: p.thumbprints))
      }
      var roles: [AuditRoleInput] = []
      var marker: String?
      repeat {
        let page = try await call(
          .getAccountAuthorizationDetails(marker: marker), credentials, "iam:GetAccountAuthorizationDetails"
        ) { AuthorizationDetailsPage.read($0, status: $1) }
        roles += page.roles
        marker = page.marker
      } while marker != nil
      let account =
        AuthorizationDetails.account(of: roles) ?? providers.lazy.compactMap { Auditor.accountID(of: $0.arn) }.first ?? "unknown"
      return .success(AuditAccountInput(account: account, roles: roles, providers: providers, source: source))
    } catch {
      return .failure(AuditInputError("\(source): \(error.message)"))
    }
  }

  func call<T: Sendable>(
    _ query: QueryRequest, _ credentials: AWSCredentials, _ action: String,
    read: @Sendable ([UInt8], Int) -> Result<T, AWSAnswerFailure>
  ) async throws(AuditInputError) -> T {
    let signing = AWSSigning(service: "iam", region: partition.iamEndpoint.signingRegion, credentials: credentials)
    let request = AWSRequest(endpoint: iamURL, query: query, signing: signing, timeout: timeout, caBundle: settings.caBundle)
    var delay = backoffSeconds
    for attempt in 1...max(1, attempts) {
      let answer: Result<T, AWSAnswerFailure>
      switch await transport.send(request) {
      case .success(let response): answer = read(response.body, response.status)
      case .failure(let failure): throw AuditInputError("\(action): \(iamURL) could not be reached: \(failure.message)")
      }
      switch answer {
      case .success(let value): return value
      case .failure(.service(let error)) where Self.throttlingCodes.contains(error.code) && attempt < attempts:
        try? await Task.sleep(nanoseconds: UInt64(delay * 1e9))
        delay *= 2
      case .failure(let failure): throw AuditInputError("\(action): \(failure)")
      }
    }
    throw AuditInputError("\(action): still throttled after \(attempts) tries")
  }
}

/// Reads several accounts at once, at most `width` at a time, results in input order.
public enum AccountPool {
  public static func read(_ readers: [(source: String, reader: AccountReader)], width: Int = 4) async -> [Result<
    AuditAccountInput, AuditInputError
  >] {
    var results = [Result<AuditAccountInput, AuditInputError>?](repeating: nil, count: readers.count)
    await withTaskGroup(of: (Int, Result<AuditAccountInput, AuditInputError>).self) { group in
      var next = 0
      func start() {
        let (i, entry) = (next, readers[next])
        group.addTask { (i, await entry.reader.read(source: entry.source)) }
        next += 1
      }
      while next < readers.count && next < max(1, width) { start() }
      for await (i, result) in group {
        results[i] = result
        if next < readers.count { start() }
      }
    }
    return results.map { $0 ?? .failure(AuditInputError("not read")) }
  }
}

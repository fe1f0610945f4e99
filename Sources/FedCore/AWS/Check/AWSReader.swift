/// The read-only IAM side of `check --role-arn`: `iam:GetRole`, `iam:GetOpenIDConnectProvider`
/// and, when the provider is missing, `iam:ListOpenIDConnectProviders`, signed with the
/// operator's credentials. Never throws: each failure is an `AWSReadFailure`.
public struct AWSReader: Sendable {
  public var request: AWSCheckRequest
  public var transport: any AWSTransport

  public init(request: AWSCheckRequest, transport: any AWSTransport) {
    self.request = request
    self.transport = transport
  }

  /// The IAM actions FedTUI needs, for the fix of an access-denied read.
  public static let neededActions = "iam:GetRole, iam:GetOpenIDConnectProvider and iam:ListOpenIDConnectProviders"

  /// Reads the role and (with an issuer) the provider, concurrently.
  public func read(issuer: String?) async -> AWSFacts {
    var facts = AWSFacts(role: request.role, region: request.region)
    let credentials: AWSCredentials
    switch request.settings.credentials {
    case .success(let found): credentials = found
    case .failure(let problem):
      facts.readFailures = [AWSReadFailure(action: "iam:GetRole", reason: problem.reason, fix: problem.fix)]
      return facts
    }
    let providerARN = issuer.map { request.role.providerARN(issuer: $0) }
    facts.providerARN = providerARN
    async let role = call(.getRole(name: request.role.name), credentials) { IAMRole.read($0, status: $1) }
    async let provider = providerARN.asyncMap { arn in
      await call(.getOpenIDConnectProvider(arn: arn), credentials) { IAMOIDCProvider.read($0, status: $1, arn: arn) }
    }
    switch outcome(await role, action: "iam:GetRole") {
    case .found(let value): facts.deployedRole = value
    case .missing: facts.roleMissing = true
    case .failed(let failure): facts.readFailures.append(failure)
    }
    if let provider = await provider {
      switch outcome(provider, action: "iam:GetOpenIDConnectProvider") {
      case .found(let value): facts.provider = value
      case .missing: facts.providerMissing = true
      case .failed(let failure): facts.readFailures.append(failure)
      }
    }
    if facts.providerMissing {
      let list = await call(.listOpenIDConnectProviders, credentials) { IAMOIDCProvider.readList($0, status: $1) }
      switch outcome(list, action: "iam:ListOpenIDConnectProviders") {
      case .found(let value): facts.registeredProviders = value
      case .missing: break
      case .failed(let failure): facts.readFailures.append(failure)
      }
    }
    return facts
  }

  private func call<T: Sendable>(
    _ query: QueryRequest, _ credentials: AWSCredentials, read: @Sendable ([UInt8], Int) -> Result<T, AWSAnswerFailure>
  ) async -> Result<T, AWSAnswerFailure> {
    let signing = AWSSigning(service: "iam", region: request.role.partition.iamEndpoint.signingRegion, credentials: credentials)
    let sent = AWSRequest(
      endpoint: request.iamURL, query: query, signing: signing, timeout: request.timeout, caBundle: request.settings.caBundle)
    switch await transport.send(sent) {
    case .success(let response): return read(response.body, response.status)
    case .failure(let failure): return .failure(.unreadable("\(request.iamURL) could not be reached: \(failure.message)"))
    }
  }

  private enum Outcome<T> {
    case found(T)
    case missing
    case failed(AWSReadFailure)
  }

  /// `NoSuchEntity` is an answer (the thing is not there), any other failure a failed read.
  private func outcome<T>(_ result: Result<T, AWSAnswerFailure>, action: String) -> Outcome<T> {
    switch result {
    case .success(let value): .found(value)
    case .failure(.service(let error)) where error.code == "NoSuchEntity": .missing
    case .failure(let failure): .failed(AWSReadAdvice.failure(action: action, failure, request: request))
    }
  }
}

extension Optional where Wrapped: Sendable {
  func asyncMap<T>(_ transform: (Wrapped) async -> T) async -> T? {
    guard let value = self else { return nil }
    return await transform(value)
  }
}

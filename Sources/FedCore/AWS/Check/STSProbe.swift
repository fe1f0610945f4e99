/// The real `AssumeRoleWithWebIdentity` call (`--sts-probe`): unsigned, to the regional STS
/// endpoint of the role's partition, the token only in the POST body. The answer is read for
/// its non-secret fields; the credentials it carries are dropped with the response body.
public struct STSProbe: Sendable {
  public var request: AWSCheckRequest
  public var transport: any AWSTransport

  public init(request: AWSCheckRequest, transport: any AWSTransport) {
    self.request = request
    self.transport = transport
  }

  public func call(token: String) async -> STSProbeResult {
    let query = QueryRequest.assumeRoleWithWebIdentity(
      roleArn: request.role.description, sessionName: request.sessionName ?? AWSCheckRequest.defaultSessionName, token: token,
      durationSeconds: request.durationSeconds)
    let sent = AWSRequest(
      endpoint: request.stsURL, query: query, signing: nil, timeout: request.timeout, caBundle: request.settings.caBundle)
    let answer: Result<STSAnswer, AWSAnswerFailure>
    switch await transport.send(sent) {
    case .success(let response): answer = STSAnswer.read(response.body, status: response.status)
    case .failure(let failure): answer = .failure(.unreadable("\(request.stsURL) could not be reached: \(failure.message)"))
    }
    return STSProbeResult(endpoint: request.stsURL, answer: answer)
  }
}

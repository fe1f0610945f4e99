import FedCore
import Testing

/// An `AWSTransport` answering from recorded XML by `Action`, after an optional delay.
struct RecordedTransport: AWSTransport {
  var answers: [String: (Int, String)]
  var delayMs: Int = 0
  var overlap: Overlap? = nil

  func send(_ request: AWSRequest) async -> Result<AWSResponse, FetchFailure> {
    await overlap?.enter("iam")
    if delayMs > 0 { try? await Task.sleep(for: .milliseconds(delayMs)) }
    await overlap?.leave("iam")
    guard let (status, body) = answers[request.query.action] else {
      return .failure(FetchFailure(url: request.endpoint, stage: .connect, message: "refused"))
    }
    return .success(AWSResponse(status: status, body: Array(body.utf8)))
  }
}

@Suite struct AWSRulesTests {
  let role = try! RoleARN.parse("arn:aws:iam::123456789012:role/deploy").get()
  let credentials = AWSCredentials(accessKeyID: "AKIAX", secretAccessKey: "y", source: "environment")

  func request(duration: Int? = nil, session: String? = nil) -> AWSCheckRequest {
    AWSCheckRequest(role: role, durationSeconds: duration, sessionName: session, settings: AWSSettings(credentials: .success(credentials)))
  }

  func snapshot(thumbprint: String, trusted: Bool) -> ProviderSnapshot {
    let cert = ServedCertificate(subject: "CN=Intermediate", issuer: "CN=Root", der: [], sha1Thumbprint: thumbprint)
    let response = FetchResponse(requestedURL: "https://gitlab.example.com/jwks", status: 200, body: [], certificates: [cert])
    return ProviderSnapshot(
      issuer: "https://gitlab.example.com", jwks: DocumentFetch(url: response.requestedURL, result: .success(response)),
      publiclyTrusted: trusted)
  }

  @Test(arguments: [(false, Severity.error), (true, Severity.warning)])
  func thumbprintMismatchDependsOnPublicTrust(trusted: Bool, severity: Severity) {
    var facts = AWSFacts(role: role, region: "us-east-1")
    facts.provider = IAMOIDCProvider(
      arn: "arn:aws:iam::123456789012:oidc-provider/gitlab.example.com", url: "gitlab.example.com", clientIDs: [], thumbprints: ["aa"])
    let findings = AWSRules.findings(
      facts, request: request(), issuer: "https://gitlab.example.com", snapshot: snapshot(thumbprint: "bb", trusted: trusted))
    #expect(findings.map(\.id) == [.providerThumbprintMismatch])
    #expect(findings.first?.severity == severity)
    #expect(findings.first?.evidence("served top certificate")?.hasPrefix("bb") == true)
    facts.provider?.thumbprints = ["bb"]
    #expect(AWSRules.findings(facts, request: request(), issuer: nil, snapshot: snapshot(thumbprint: "bb", trusted: false)).isEmpty)
  }

  @Test func durationAndSessionName() {
    var facts = AWSFacts(role: role, region: "us-east-1")
    facts.deployedRole = IAMRole(arn: role.description, name: "deploy", maxSessionDuration: 3600, trustPolicy: "{}")
    let ids = AWSRules.findings(facts, request: request(duration: 3601, session: "x"), issuer: nil, snapshot: nil).map(\.id)
    #expect(ids == [.sessionDurationTooLong, .sessionNameInvalid])
    #expect(AWSRules.findings(facts, request: request(duration: 3600, session: "ok-name"), issuer: nil, snapshot: nil).isEmpty)
  }

  @Test(arguments: [
    ("gitlab.example.com/", "gitlab.example.com", "differs only by a trailing slash"),
    ("GitLab.example.com", "gitlab.example.com", "differs only in letter case"),
    ("gitlab.example.com/a", "gitlab.example.com/b", "same host, other path (/a instead of /b)"),
    (
      "vstoken.actions.githubusercontent.com", "token.actions.githubusercontent.com",
      "other host (vstoken.actions.githubusercontent.com instead of token.actions.githubusercontent.com)"
    ),
  ])
  func nearMissesNameTheDifference(registered: String, wanted: String, difference: String) {
    let finding = AWSRules.providerNotRegistered(
      issuer: "https://" + wanted, registered: ["arn:aws:iam::123456789012:oidc-provider/" + registered])
    #expect(finding.evidence("registered") == "\(registered): \(difference)")
  }

  @Test func theCheckReadsIAMWhileTheProviderIsProbedAndUsesTheDeployedValues() async throws {
    let overlap = Overlap()
    let transport = RecordedTransport(
      answers: ["GetRole": (200, RecordedAnswers.getRole), "GetOpenIDConnectProvider": (200, RecordedAnswers.getProvider)],
      delayMs: 200, overlap: overlap)
    let options = CheckOptions(issuer: "https://token.actions.githubusercontent.com", timeout: 5)
    let fetcher = DelayedFetcher(delayMs: 200, overlap: overlap)
    let report = await Checker.run(options, aws: request(), fetcher: fetcher, transport: transport)
    #expect(report.aws?.deployedRole?.maxSessionDuration == 7200)
    #expect(report.aws?.provider?.clientIDs == ["sts.amazonaws.com", "my-app"])
    #expect(report.input.audiences == ["sts.amazonaws.com", "my-app"])
    #expect(report.aws?.sources.map(\.1) == [.iam, .iam, .iam])
    // The IAM reads and the provider fetches were in flight together.
    #expect(await overlap.sawBoth)
  }

  @Test func stsComparison() {
    let predicted = [Finding(.audNotRegistered, .error, title: "x")]
    let success = STSProbeResult(
      endpoint: "https://sts",
      answer: .success(.success(STSSuccess(assumedRoleArn: "a", subject: nil, audience: nil, provider: nil, expiration: nil))))
    #expect(STSComparison.findings(predicted: predicted, probe: success).first?.evidence("predicted by") == "aud-not-registered")
    #expect(STSComparison.findings(predicted: [], probe: success).isEmpty)
    let denied = STSProbeResult(
      endpoint: "https://sts",
      answer: .success(.error(AWSServiceError(code: "AccessDenied", message: "Not authorized to perform sts:AssumeRoleWithWebIdentity"))))
    #expect(STSComparison.findings(predicted: [], probe: denied).map(\.id) == [.predictionDiffers])
    let unreachable = STSProbeResult(endpoint: "https://sts", answer: .failure(.unreadable("down")))
    #expect(STSComparison.findings(predicted: predicted, probe: unreachable).isEmpty)
  }
}

/// A `Fetcher` answering every URL with a minimal discovery document or an empty JWKS after a delay.
struct DelayedFetcher: Fetcher {
  var delayMs: Int
  var overlap: Overlap
  func fetch(_ request: FetchRequest) async -> Result<FetchResponse, FetchFailure> {
    await overlap.enter("fetch")
    try? await Task.sleep(for: .milliseconds(delayMs))
    await overlap.leave("fetch")
    let issuer = "https://token.actions.githubusercontent.com"
    let body =
      request.url.hasSuffix("openid-configuration")
      ? #"{"issuer":"\#(issuer)","jwks_uri":"\#(issuer)/.well-known/jwks"}"# : #"{"keys":[]}"#
    return .success(
      FetchResponse(
        requestedURL: request.url, status: 200, headers: [HTTPHeader("Content-Type", "application/json")], body: Array(body.utf8)))
  }
}

/// Whether an IAM request and a provider fetch were ever in flight at the same time.
actor Overlap {
  private var inFlight = ["iam": 0, "fetch": 0]
  private(set) var sawBoth = false
  func enter(_ kind: String) {
    inFlight[kind, default: 0] += 1
    if inFlight["iam"]! > 0 && inFlight["fetch"]! > 0 { sawBoth = true }
  }
  func leave(_ kind: String) { inFlight[kind, default: 0] -= 1 }
}

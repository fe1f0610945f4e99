import FedCore
import Foundation
import Testing

/// `check --role-arn … --sts-probe` against a loopback HTTPS stand-in for STS answering AWS's
/// own XML (`scripts/testserver.py`, trusted through `AWS_CA_BUNDLE`). The probe needs no AWS
/// credentials: none are set, so the IAM reads fail (aws-read-failed) and the probe still runs.
@Suite(.serialized) struct STSProbeEndToEndTests {
  typealias S = AWSTestSupport
  static let mark = "FEDTUI-MARK-" + UUID().uuidString

  static let success = """
    <AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
      <AssumeRoleWithWebIdentityResult>
        <SubjectFromWebIdentityToken>project_path:octo/app:ref_type:branch:ref:main</SubjectFromWebIdentityToken>
        <Audience>sts.amazonaws.com</Audience>
        <AssumedRoleUser>
          <Arn>arn:aws:sts::123456789012:assumed-role/deploy/fedtui-check</Arn>
          <AssumedRoleId>AROACLKWSDQRAOEXAMPLE:fedtui-check</AssumedRoleId>
        </AssumedRoleUser>
        <Credentials>
          <SessionToken>\(mark)-session</SessionToken>
          <SecretAccessKey>\(mark)-secret</SecretAccessKey>
          <Expiration>2027-01-15T23:28:33Z</Expiration>
          <AccessKeyId>ASIA\(mark)</AccessKeyId>
        </Credentials>
        <Provider>arn:aws:iam::123456789012:oidc-provider/gitlab.example.com</Provider>
      </AssumeRoleWithWebIdentityResult>
      <ResponseMetadata><RequestId>ad4156e9-bce1-11e2-82e6-6b6efEXAMPLE</RequestId></ResponseMetadata>
    </AssumeRoleWithWebIdentityResponse>
    """

  static func error(_ code: String, _ message: String) -> String {
    """
    <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
      <Error><Type>Sender</Type><Code>\(code)</Code><Message>\(message)</Message></Error>
      <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>
    </ErrorResponse>
    """
  }

  static func probe(answer: String, status: Int, format: String = "json", token: String = S.token()) async throws
    -> (FedTUIProcess.Outcome, JSONValue?, [TestServer.LoggedRequest])
  {
    let server = try await TestServer.start(routes: ["/": .text(answer, status: status, headers: [("Content-Type", "text/xml")])])
    defer { server.stop() }
    let workspace = try S.Workspace()
    let env = S.environment(workspace, ["AWS_ENDPOINT_URL_STS": server.base, "AWS_CA_BUNDLE": server.caFile])
    var args = ["check", "--format", format, "--now", String(S.now), "--timeout", "5", "--token-file", "-"]
    args += ["--role-arn", S.roleARN, "--sts-probe", "--role-session-name", "fedtui-e2e"] + workspace.offlineFlags
    let stdin = Array(token.utf8)
    let runArgs = args
    let outcome = try await S.offPool { try FedTUIProcess.run(runArgs, stdin: stdin, environment: env) }
    let log = try await S.offPool { try server.settledRequestLog() }
    return (outcome, try? JSONParser.parse(outcome.stdout), log)
  }

  // AWS's texts for each outcome (STS API reference, AssumeRoleWithWebIdentity "Errors"; the
  // messages as operators report them).
  static let errors: [(String, String, Int)] = [
    ("InvalidIdentityToken", "No OpenIDConnect provider found in your account for https://gitlab.example.com", 400),
    ("InvalidIdentityToken", "Incorrect token audience", 400),
    ("InvalidIdentityToken", "OpenIDConnect provider's HTTPS certificate doesn't match configured thumbprint", 400),
    ("ExpiredTokenException", "Token expired: current date/time 1800000000 must be before the expiration date/time 1700000000", 400),
    ("AccessDenied", "Not authorized to perform sts:AssumeRoleWithWebIdentity", 403),
    (
      "IDPCommunicationError",
      "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
      400
    ),
    ("ValidationError", "1 validation error detected: Value 'a' at 'roleSessionName' failed to satisfy constraint", 400),
  ]

  @Test(arguments: 0..<7)
  func eachErrorIsShownWithItsCodeAndMessage(index: Int) async throws {
    let (code, message, status) = Self.errors[index]
    let (outcome, report, _) = try await Self.probe(answer: Self.error(code, message), status: status)
    let sts = try #require(report?["aws"]?["sts"], "\(outcome.stderrText)")
    #expect(sts["outcome"]?.stringValue == "error")
    #expect(sts["code"]?.stringValue == code)
    #expect(sts["message"]?.stringValue == message)
    #expect(sts["endpoint"]?.stringValue?.hasPrefix("https://127.0.0.1:") == true)
  }

  @Test func successIsShownAndItsCredentialsAppearNowhere() async throws {
    let home = ProcessInfo.processInfo.environment["HOME"] ?? "/root"
    let reference = FileManager.default.temporaryDirectory.appendingPathComponent("fedtui-sts-ref-\(UUID().uuidString)").path
    #expect(FileManager.default.createFile(atPath: reference, contents: Data()))
    defer { try? FileManager.default.removeItem(atPath: reference) }
    try await Task.sleep(for: .milliseconds(20))
    let token = S.token()
    let (json, report, log) = try await Self.probe(answer: Self.success, status: 200)
    let (text, _, _) = try await Self.probe(answer: Self.success, status: 200, format: "text")

    let sts = try #require(report?["aws"]?["sts"])
    #expect(sts["outcome"]?.stringValue == "success")
    #expect(sts["assumedRoleArn"]?.stringValue == "arn:aws:sts::123456789012:assumed-role/deploy/fedtui-check")
    #expect(sts["subject"]?.stringValue == "project_path:octo/app:ref_type:branch:ref:main")
    #expect(sts["audience"]?.stringValue == "sts.amazonaws.com")
    #expect(sts["provider"]?.stringValue == S.providerARN)
    #expect(sts["expiration"]?.stringValue == "2027-01-15T23:28:33Z")
    #expect(text.stdoutText.contains("credentials discarded"))
    // FedTUI predicted a rejection (the test token's kid is not in the JWKS): STS disagrees.
    let differs = try #require(AWSTestSupport.finding(report, "prediction-differs"))
    #expect(AWSTestSupport.evidence(differs).contains("predicted by: jwks-kid-not-found"), "\(AWSTestSupport.evidence(differs))")

    // The token travelled in the POST body only.
    let request = try #require(log.first)
    #expect(request.method == "POST" && request.query.isEmpty)
    let body = request.body ?? ""
    #expect(body.contains("Action=AssumeRoleWithWebIdentity") && body.contains("WebIdentityToken=" + QueryRequest.encoded(token)))
    #expect(body.contains("RoleSessionName=fedtui-e2e") && body.contains("RoleArn=" + QueryRequest.encoded(S.roleARN)))
    #expect(!(request.headers ?? []).flatMap { $0 }.contains { $0.contains(String(token.prefix(30))) })
    #expect(!(request.headers ?? []).contains { $0.first?.lowercased() == "authorization" })

    // The credentials: in no output, no file written under HOME, /tmp or the working tree.
    let control = FileManager.default.temporaryDirectory.appendingPathComponent("fedtui-sts-control-\(UUID().uuidString)").path
    #expect(FileManager.default.createFile(atPath: control, contents: Data("x\(Self.mark)x".utf8)))
    defer { try? FileManager.default.removeItem(atPath: control) }
    let roots = [home, "/tmp", FedTUIProcess.packageRoot.path, FileManager.default.temporaryDirectory.path]
    let written = try await S.offPool { try SecrecyTests.filesModified(after: reference, under: Array(Set(roots))) }
    #expect(Set(SecrecyTests.files(written, containing: Self.mark)) == [control])
    for outcome in [json, text] {
      #expect(!outcome.stdoutText.contains(Self.mark) && !outcome.stderrText.contains(Self.mark))
      #expect(!outcome.stdoutText.contains(token) && !outcome.stderrText.contains(token))
    }
  }

  @Test func aMalformedOrMissingAnswerIsAClearFailure() async throws {
    let (_, report, _) = try await Self.probe(answer: "<oops", status: 200)
    let sts = try #require(report?["aws"]?["sts"])
    #expect(sts["outcome"]?.stringValue == "error")
    #expect(sts["message"]?.stringValue?.contains("not well-formed XML") == true)
    #expect(report?["aws"]?["readFailures"]?.arrayValue?.isEmpty == false)
    #expect(report?["token"]?["claims"]?["iss"]?.stringValue == S.issuer)
  }
}

import FedCore
import Foundation
import Testing

/// The IAM side's transport through the built binary: SigV4 checked by botocore's own
/// signer in the stand-in, and each way the IAM endpoint can fail.
@Suite(.serialized) struct IAMTransportEndToEndTests {
  typealias S = AWSTestSupport

  static func run(route: TestServer.Route, timeout: String = "5", extraEnv: [String: String] = [:]) async throws
    -> (FedTUIProcess.Outcome, JSONValue?, [TestServer.LoggedRequest])
  {
    let server = try await TestServer.start(routes: ["/": route])
    defer { server.stop() }
    let workspace = try S.Workspace()
    var env = S.environment(
      workspace,
      [
        "AWS_ENDPOINT_URL": server.base, "AWS_CA_BUNDLE": server.caFile, "AWS_ACCESS_KEY_ID": "AKIAFEDTUITEST0000001",
        "AWS_SECRET_ACCESS_KEY": "fedtui/test+secret", "AWS_SESSION_TOKEN": "FwoGZXIvYXdzEXAMPLE/session+token==",
      ])
    env.merge(extraEnv) { $1 }
    let args =
      ["check", "--format", "json", "--now", String(S.now), "--timeout", timeout, "--issuer", S.issuer, "--role-arn", S.roleARN]
      + workspace.offlineFlags
    let (runArgs, runEnv) = (args, env)
    let outcome = try await S.offPool { try FedTUIProcess.run(runArgs, environment: runEnv) }
    let log = try await S.offPool { try server.settledRequestLog() }
    return (outcome, try? JSONParser.parse(outcome.stdout), log)
  }

  static func xml(_ text: String) -> TestServer.Route { .text(text, headers: [("Content-Type", "text/xml")]) }

  @Test func signedRequestsPassBotocoresVerifierWithTheSessionTokenSigned() async throws {
    var route = Self.xml(RecordedAnswers.getRole)
    route.sigv4 = [
      "key": "AKIAFEDTUITEST0000001", "secret": "fedtui/test+secret", "token": "FwoGZXIvYXdzEXAMPLE/session+token==",
      "service": "iam", "region": "us-east-1",
    ]
    let (outcome, report, log) = try await Self.run(route: route)
    #expect(log.count == 2, "GetRole and GetOpenIDConnectProvider: \(log.map(\.body))")
    for request in log {
      #expect(request.sigv4Valid == true, "\(request.headers ?? [])")
      #expect(request.signedHeaders?.contains("x-amz-security-token") == true)
      #expect(request.method == "POST" && request.query.isEmpty)
    }
    #expect(log.contains { $0.body == "Action=GetRole&Version=2010-05-08&RoleName=deploy" })
    let providerBody =
      "Action=GetOpenIDConnectProvider&Version=2010-05-08&OpenIDConnectProviderArn="
      + QueryRequest.encoded(S.providerARN)
    #expect(log.contains { $0.body == providerBody })
    #expect(report?["aws"]?["role"]?["maxSessionDuration"]?.integerValue == 7200)
    // Neither the secret nor the session token is in any output.
    for secret in ["fedtui/test+secret", "FwoGZXIvYXdzEXAMPLE"] {
      #expect(!outcome.stdoutText.contains(secret) && !outcome.stderrText.contains(secret))
    }
  }

  @Test func aWrongSecretFailsBotocoresVerifier() async throws {
    var route = Self.xml(RecordedAnswers.getRole)
    route.sigv4 = ["key": "AKIAFEDTUITEST0000001", "secret": "another", "service": "iam", "region": "us-east-1"]
    let (_, _, log) = try await Self.run(route: route)
    #expect(!log.isEmpty && log.allSatisfy { $0.sigv4Valid == false })
  }

  @Test(arguments: ["malformed", "slow", "html 500"])
  func iamEndpointFailuresAreFindingsNotCrashes(case name: String) async throws {
    var route: TestServer.Route
    switch name {
    case "malformed": route = Self.xml("<GetRoleResponse><GetRoleResult>")
    case "slow":
      route = Self.xml(RecordedAnswers.getRole)
      route.delayMs = 4000
    default: route = .text("<html><body>Internal error</body></html>", status: 500)
    }
    let (outcome, report, _) = try await Self.run(route: route, timeout: name == "slow" ? "1" : "5")
    #expect(outcome.status == 3, "\(outcome.stderrText) \(S.ids(report))")
    let reasons = (report?["aws"]?["readFailures"]?.arrayValue ?? []).compactMap { $0["reason"]?.stringValue }
    #expect(reasons.count == 2, "\(reasons)")
    #expect(report?["issuer"]?["url"]?.stringValue == S.issuer)
    #expect(outcome.stderrText.isEmpty)
  }

  @Test func aDownEndpointIsAFinding() async throws {
    let workspace = try S.Workspace()
    let env = S.environment(
      workspace, ["AWS_ENDPOINT_URL_IAM": "http://127.0.0.1:9", "AWS_ACCESS_KEY_ID": "AKIAX", "AWS_SECRET_ACCESS_KEY": "y"])
    let (outcome, report) = try await S.check(
      ["--issuer", S.issuer, "--role-arn", S.roleARN] + workspace.offlineFlags, token: nil, env: env)
    #expect(outcome.status == 3)
    let reason = S.evidence(S.finding(report, "aws-read-failed")).joined(separator: " ")
    #expect(reason.contains("could not be reached"), "\(reason)")
  }

  @Test(arguments: [
    (["--role-arn", "arn:aws:iam::12:role/x"], [String: String](), "--role-arn"),
    (["--role-arn", S.roleARN], ["AWS_ENDPOINT_URL_IAM": "http://10.1.2.3:5000"], "loopback"),
    (["--sts-probe"], [:], "needs --role-arn"),
    (["--role-arn", S.roleARN, "--duration-seconds", "60"], [:], "900 to 43200"),
    (["--role-arn", S.roleARN, "--profile", "missing"], [:], "missing"),
  ])
  func badAWSInputsAreUsageErrors(args: [String], env: [String: String], message: String) async throws {
    let workspace = try S.Workspace()
    let (outcome, _) = try await S.check(
      ["--issuer", S.issuer] + args + workspace.offlineFlags, token: nil, env: S.environment(workspace, env))
    #expect(outcome.status == 2)
    #expect(outcome.stderrText.contains(message), "\(outcome.stderrText)")
  }
}

import FedCore
import Foundation
import Testing

/// `fedtui check --role-arn` against a real moto IAM server (started here, on a free loopback
/// port; signatures verified by moto) with environment credentials only.
@Suite(.serialized) struct AWSCheckMotoTests {
  typealias S = AWSTestSupport

  static func moto(policy: JSONValue = S.policy(), providerURL: String = S.issuer, extraProviders: [String] = [])
    async throws -> ScriptServer
  {
    let providers = ([providerURL] + extraProviders).map { url in
      JSONValue.object([
        JSONMember("url", .string(url)), JSONMember("client_ids", .array([.string("sts.amazonaws.com")])),
        JSONMember("thumbprints", .array([.string(String(repeating: "ab", count: 20))])),
      ])
    }
    let role = JSONValue.object([
      JSONMember("name", .string("deploy")), JSONMember("policy", policy), JSONMember("max_session_duration", .integer(3600)),
    ])
    let config = JSONValue.object([JSONMember("providers", .array(providers)), JSONMember("roles", .array([role]))])
    return try await S.offPool { try ScriptServer(script: "motoserver.py", config: config) }
  }

  static func env(_ moto: ScriptServer, _ workspace: S.Workspace, user: String = "reader", secret: String? = nil) -> [String: String] {
    S.environment(
      workspace,
      [
        "AWS_ENDPOINT_URL_IAM": moto.info["endpoint"]?.stringValue ?? "",
        "AWS_ACCESS_KEY_ID": moto.info[user]?["key"]?.stringValue ?? "",
        "AWS_SECRET_ACCESS_KEY": secret ?? moto.info[user]?["secret"]?.stringValue ?? "",
      ])
  }

  @Test func deployedRoleAndProviderReplaceTheFlags() async throws {
    let moto = try await Self.moto(policy: S.policy(aud: "my-app"))
    let workspace = try S.Workspace()
    let (outcome, report) = try await S.check(
      ["--role-arn", S.roleARN, "--duration-seconds", "7200", "--role-session-name", "ci/run 1"] + workspace.offlineFlags,
      token: S.token(), env: Self.env(moto, workspace))
    let aws = try #require(report?["aws"], "\(outcome.stderrText)")
    #expect(aws["account"]?.stringValue == S.account)
    #expect(aws["partition"]?.stringValue == "aws")
    #expect(aws["role"]?["arn"]?.stringValue == S.roleARN)
    #expect(aws["role"]?["maxSessionDuration"]?.integerValue == 3600)
    // GetRole's URL-encoded document arrives decoded, as JSON.
    #expect(aws["role"]?["trustPolicy"]?["Statement"]?.arrayValue?.count == 1)
    #expect(aws["provider"]?["arn"]?.stringValue == S.providerARN)
    #expect(aws["provider"]?["clientIDs"]?.arrayValue?.first?.stringValue == "sts.amazonaws.com")
    #expect(aws["sources"]?["audiences"]?.stringValue == "iam")
    #expect(aws["sources"]?["trustPolicy"]?.stringValue == "iam")
    #expect(aws["sts"] == .null)
    let ids = S.ids(report)
    // The deployed policy wants aud my-app: the existing policy rules see it without --policy-file.
    #expect(ids.contains("policy-denies-token"), "\(ids)")
    #expect(ids.contains("session-duration-too-long"))
    #expect(ids.contains("session-name-invalid"))
    #expect(!ids.contains("aws-read-failed"))
    #expect(
      S.finding(report, "session-duration-too-long")?["awsError"]?.stringValue
        == "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.")
    #expect(outcome.status == 1)
  }

  @Test func explicitFlagsStillWin() async throws {
    let moto = try await Self.moto()
    let workspace = try S.Workspace()
    let (_, report) = try await S.check(
      ["--role-arn", S.roleARN, "--audience", "other-client"] + workspace.offlineFlags, token: S.token(),
      env: Self.env(moto, workspace))
    #expect(report?["aws"]?["sources"]?["audiences"]?.stringValue == "flag")
    #expect(report?["aws"]?["sources"]?["providerURL"]?.stringValue == "iam")
    #expect(S.ids(report).contains("aud-not-registered"))
  }

  @Test func aMissingProviderListsTheNearMisses() async throws {
    let moto = try await Self.moto(providerURL: S.issuer + "/", extraProviders: ["https://vstoken.example.com"])
    let workspace = try S.Workspace()
    let (_, report) = try await S.check(
      ["--role-arn", S.roleARN] + workspace.offlineFlags, token: S.token(), env: Self.env(moto, workspace))
    let finding = try #require(S.finding(report, "provider-not-registered"), "\(S.ids(report))")
    #expect(finding["awsError"]?.stringValue == "No OpenIDConnect provider found in your account for \(S.issuer)")
    let evidence = S.evidence(finding)
    #expect(evidence.contains("registered: gitlab.example.com/: differs only by a trailing slash"), "\(evidence)")
    #expect(evidence.contains { $0.hasPrefix("registered: vstoken.example.com") })
    #expect(report?["aws"]?["registeredProviders"]?.arrayValue?.count == 2)
    #expect(report?["aws"]?["provider"] == .null)
  }

  @Test func aMissingRoleIsReported() async throws {
    let moto = try await Self.moto()
    let workspace = try S.Workspace()
    let (outcome, report) = try await S.check(
      ["--role-arn", "arn:aws:iam::123456789012:role/nope"] + workspace.offlineFlags, token: S.token(), env: Self.env(moto, workspace))
    #expect(S.ids(report).contains("role-not-found"), "\(S.ids(report))")
    #expect(report?["aws"]?["role"] == .null)
    #expect(outcome.status == 1)
  }

  /// Without a token nothing else is wrong: a failed read leaves the verdict unknown (exit 3).
  @Test(arguments: ["no credentials", "bad secret", "access denied"])
  func failedReadsAreUnknownNotRejections(case name: String) async throws {
    let moto = try await Self.moto()
    let workspace = try S.Workspace()
    var env = Self.env(moto, workspace, user: name == "access denied" ? "denied" : "reader", secret: name == "bad secret" ? "wrong" : nil)
    if name == "no credentials" {
      env["AWS_ACCESS_KEY_ID"] = ""
      env["AWS_SECRET_ACCESS_KEY"] = ""
    }
    let (outcome, report) = try await S.check(
      ["--issuer", S.issuer, "--role-arn", S.roleARN] + workspace.offlineFlags, token: nil, env: env)
    #expect(report?["verdict"]?.stringValue == "unknown", "\(S.ids(report)) \(outcome.stderrText)")
    #expect(outcome.status == 3)
    let failure = try #require(S.finding(report, "aws-read-failed"))
    let reason = S.evidence(failure).joined(separator: " | ")
    switch name {
    case "no credentials": #expect(reason.contains("no AWS credentials"))
    case "bad secret": #expect(reason.contains("SignatureDoesNotMatch"), "\(reason)")
    default:
      #expect(reason.contains("AccessDenied"), "\(reason)")
      #expect(failure["fix"]?.stringValue?.contains("iam:GetRole") == true)
    }
    // The rest of the check is still reported.
    #expect(report?["issuer"]?["url"]?.stringValue == S.issuer)
    #expect(!outcome.stdoutText.contains(moto.info["reader"]?["secret"]?.stringValue ?? "-"))
  }

  @Test func profilesFromTheAWSFilesAreUsed() async throws {
    let moto = try await Self.moto()
    let workspace = try S.Workspace()
    let key = moto.info["reader"]?["key"]?.stringValue ?? ""
    let secret = moto.info["reader"]?["secret"]?.stringValue ?? ""
    let aws = workspace.root.appendingPathComponent("home/.aws")
    try Data("[prod]\naws_access_key_id = \(key)\naws_secret_access_key = \(secret)\n".utf8)
      .write(to: aws.appendingPathComponent("credentials"))
    let json = #"{"Version": 1, "AccessKeyId": "\#(key)", "SecretAccessKey": "\#(secret)"}"#
    let config = """
      [profile proc]
      credential_process = printf '%s' '\(json)'
      [profile sso]
      sso_session = corp
      sso_account_id = 123456789012
      sso_role_name = ReadOnly
      [sso-session corp]
      sso_start_url = https://corp.awsapps.example/start
      sso_region = us-east-1
      """
    try Data(config.utf8).write(to: aws.appendingPathComponent("config"))
    let env = S.environment(workspace, ["AWS_ENDPOINT_URL_IAM": moto.info["endpoint"]?.stringValue ?? ""])
    for profile in ["prod", "proc"] {
      let (outcome, report) = try await S.check(
        ["--issuer", S.issuer, "--role-arn", S.roleARN, "--profile", profile] + workspace.offlineFlags, token: nil, env: env)
      #expect(report?["aws"]?["role"]?["arn"]?.stringValue == S.roleARN, "\(profile): \(outcome.stdoutText)")
      #expect(!outcome.stdoutText.contains(secret) && !outcome.stderrText.contains(secret))
    }
    // An SSO profile needs the AWS CLI v2: installed or not here, the finding says so (never a crash).
    let (outcome, report) = try await S.check(
      ["--issuer", S.issuer, "--role-arn", S.roleARN, "--profile", "sso"] + workspace.offlineFlags, token: nil, env: env)
    #expect(outcome.status == 3)
    let reason = S.evidence(S.finding(report, "aws-read-failed")).joined(separator: " ")
    #expect(reason.contains("AWS CLI v2") || reason.contains("export-credentials"), "\(reason)")
  }
}

import FedCore
import Foundation
import Testing

/// `fedtui audit` live against a real moto IAM server (started here, on loopback) and offline from
/// the files the AWS CLI writes for the same account: the same findings both ways.
@Suite(.serialized) struct AuditMotoTests {
  typealias S = AWSTestSupport

  /// The defect account of `Tests/Fixtures/audit`, created in moto: its providers and its roles.
  static func moto() async throws -> ScriptServer {
    let details = try JSONParser.parse(try Fixtures.string("audit/defects-details.json"))
    let providers = try JSONParser.parse(try Fixtures.string("audit/defects-providers.json"))
    let roles: [JSONValue] = (details["RoleDetailList"]?.arrayValue ?? []).map { r in
      .object([JSONMember("name", r["RoleName"] ?? .null), JSONMember("policy", r["AssumeRolePolicyDocument"] ?? .null)])
    }
    let registered: [JSONValue] = (providers["OpenIDConnectProviderList"]?.arrayValue ?? []).map { p in
      .object([
        JSONMember("url", .string("https://" + (p["Url"]?.stringValue ?? ""))), JSONMember("client_ids", p["ClientIDList"] ?? []),
        JSONMember("thumbprints", p["ThumbprintList"] ?? []),
      ])
    }
    let config = JSONValue.object([JSONMember("providers", .array(registered)), JSONMember("roles", .array(roles))])
    return try await S.offPool { try ScriptServer(script: "motoserver.py", config: config) }
  }

  static func env(_ moto: ScriptServer, _ workspace: S.Workspace) -> [String: String] {
    S.environment(
      workspace,
      [
        "AWS_ENDPOINT_URL_IAM": moto.info["endpoint"]?.stringValue ?? "",
        "AWS_ACCESS_KEY_ID": moto.info["reader"]?["key"]?.stringValue ?? "",
        "AWS_SECRET_ACCESS_KEY": moto.info["reader"]?["secret"]?.stringValue ?? "", "AWS_DEFAULT_REGION": "us-east-1",
      ])
  }

  /// The AWS CLI's environment: this machine's minus every AWS setting, plus moto's endpoint and keys.
  static func cliEnv(_ moto: ScriptServer) -> [String: String] {
    var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("AWS_") }
    env["AWS_ENDPOINT_URL"] = moto.info["endpoint"]?.stringValue ?? ""
    env["AWS_ACCESS_KEY_ID"] = moto.info["reader"]?["key"]?.stringValue ?? ""
    env["AWS_SECRET_ACCESS_KEY"] = moto.info["reader"]?["secret"]?.stringValue ?? ""
    env["AWS_DEFAULT_REGION"] = "us-east-1"
    env["AWS_CONFIG_FILE"] = "/dev/null"
    env["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null"
    env["AWS_EC2_METADATA_DISABLED"] = "true"
    return env
  }

  /// Runs the AWS CLI (`aws iam …`) with the credentials in its environment, never its arguments.
  static func awsCLI(_ arguments: [String], env: [String: String]) async throws -> JSONValue {
    let aws = try #require(PolicyToolRunner.require("aws"))
    let run = try await S.offPool { try PolicyToolRunner.run(aws, ["--output", "json"] + arguments, environment: env) }
    guard run.code == 0 else { throw ExternalTool.Failure(description: "aws \(arguments) exited \(run.code): \(run.errors)") }
    return try JSONParser.parse(run.output)
  }

  static func audit(_ arguments: [String], env: [String: String]) async throws -> (FedTUIProcess.Outcome, JSONValue?) {
    let args = ["audit", "--format", "json"] + arguments
    let outcome = try await S.offPool { try FedTUIProcess.run(args, environment: env) }
    return (outcome, try? JSONParser.parse(outcome.stdout))
  }

  /// role or provider ARN → sorted finding ids.
  static func findings(_ report: JSONValue?) -> [String: [String]] {
    var out: [String: [String]] = [:]
    for account in report?["accounts"]?.arrayValue ?? [] {
      for item in (account["roles"]?.arrayValue ?? []) + (account["providers"]?.arrayValue ?? []) {
        out[item["arn"]?.stringValue ?? "?"] = (item["findings"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }.sorted()
      }
    }
    return out
  }

  @Test func liveAndSavedAuditsGiveTheSameFindings() async throws {
    let moto = try await Self.moto()
    let workspace = try S.Workspace()
    let (live, liveReport) = try await Self.audit([], env: Self.env(moto, workspace))
    #expect(live.status == 1, "\(live.stderrText)")
    let liveFindings = Self.findings(liveReport)
    let role = { (name: String) in liveFindings["arn:aws:iam::123456789012:role/\(name)"] }
    #expect(role("no-sub")?.contains("policy-missing-sub") == true, "\(liveFindings)")
    #expect(role("second-wildcard")?.contains("policy-sub-wildcard-anywhere") == true)
    #expect(role("missing-provider") == ["account-role-provider-missing"])
    #expect(role("name-based") == ["policy-sub-mutable"])
    #expect(role("clean") == [])
    #expect(liveFindings["arn:aws:iam::123456789012:oidc-provider/gitlab.com"] == ["account-provider-unused"])
    #expect(role("lambda-exec") == nil)

    // The same account saved by the AWS CLI.
    let cliEnv = Self.cliEnv(moto)
    let details = try await Self.awsCLI(["iam", "get-account-authorization-details", "--filter", "Role"], env: cliEnv)
    let list = try await Self.awsCLI(["iam", "list-open-id-connect-providers"], env: cliEnv)
    var merged: [JSONValue] = []
    for entry in list["OpenIDConnectProviderList"]?.arrayValue ?? [] {
      let arn = entry["Arn"]?.stringValue ?? ""
      let got = try await Self.awsCLI(["iam", "get-open-id-connect-provider", "--open-id-connect-provider-arn", arn], env: cliEnv)
      merged.append(.object([JSONMember("Arn", .string(arn))] + (got.objectMembers ?? [])))
    }
    let detailsPath = workspace.root.appendingPathComponent("details.json").path
    let providersPath = workspace.root.appendingPathComponent("providers.json").path
    try Data(JSONWriter.string(details).utf8).write(to: URL(fileURLWithPath: detailsPath))
    try Data(JSONWriter.string(.object([JSONMember("OpenIDConnectProviderList", .array(merged))])).utf8)
      .write(to: URL(fileURLWithPath: providersPath))
    let (saved, savedReport) = try await Self.audit(
      ["--authorization-details", detailsPath, "--providers", providersPath], env: S.environment(workspace, [:]))
    #expect(saved.status == 1, "\(saved.stderrText)")
    #expect(Self.findings(savedReport) == liveFindings)
    #expect(savedReport?["counts"] == liveReport?["counts"])
  }

  @Test func deniedReadExits3NamingTheAction() async throws {
    let moto = try await Self.moto()
    let workspace = try S.Workspace()
    var env = Self.env(moto, workspace)
    env["AWS_ACCESS_KEY_ID"] = moto.info["denied"]?["key"]?.stringValue ?? ""
    env["AWS_SECRET_ACCESS_KEY"] = moto.info["denied"]?["secret"]?.stringValue ?? ""
    let (outcome, _) = try await Self.audit([], env: env)
    #expect(outcome.status == 3)
    #expect(outcome.stderrText.contains("iam:ListOpenIDConnectProviders"), "\(outcome.stderrText)")
  }
}

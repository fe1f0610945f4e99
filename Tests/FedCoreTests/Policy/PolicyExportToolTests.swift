import Foundation
import Testing

@testable import FedCore

/// The exporters' outputs checked by the real tools: cfn-lint, the AWS CLI against moto_server,
/// and python-hcl2. A missing tool fails the test with a pointer to `scripts/setup`.
@Suite(.serialized) struct PolicyExportToolTests {
  static func spec(_ provider: PolicyProvider, tags: Bool = false, thumbprints: [String] = [], roleName: String? = nil) -> TrustPolicySpec {
    var w = PolicyWizard(provider: provider)
    w.edit {
      $0.accountID = PolicyTestSupport.account
      $0.sessionTags = tags
      $0.thumbprints = thumbprints
      $0.maxSessionDuration = 7200
      if let roleName { $0.roleName = roleName }
      switch provider {
      case .gitlab:
        $0.scope = ScopeAnswers(projectPaths: ["it's/a \"group\"".filter { $0 != " " }], refTypes: [.branch], refs: ["main", "release/*"])
      case .github: $0.scope = ScopeAnswers(repos: ["octo/app"], branches: ["feat/${x}"], environments: ["prod"], pullRequest: true)
      case .generic:
        $0.issuer = "https://ci.example.com/oidc"
        $0.audiences = ["sts.amazonaws.com", "second-aud"]
        $0.scope = ScopeAnswers(subs: ["pipeline:%{x}:$HOME:`id`"])
      }
    }
    return try! w.spec().get()
  }

  static let specs: [TrustPolicySpec] = [
    spec(.gitlab), spec(.github, tags: true, thumbprints: ["6938fd4d98bab03faadb97b34396831e3780aea1"], roleName: "gh-deploy"),
    spec(.generic, roleName: "generic-role"),
  ]

  @Test(arguments: specs) func cfnLintAcceptsTheTemplate(_ spec: TrustPolicySpec) throws {
    guard let cfnLint = PolicyToolRunner.require("cfn-lint") else { return }
    let path = try PolicyToolRunner.temporaryFile(PolicyExporter.export(spec, format: .cloudformation), suffix: ".yaml")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let run = try PolicyToolRunner.run(cfnLint, ["--format", "parseable", "--", path])
    #expect(run.code == 0, "cfn-lint: \(run.output) \(run.errors)")
  }

  @Test(arguments: specs) func terraformParsesWithPythonHCL2(_ spec: TrustPolicySpec) throws {
    guard let python = PolicyToolRunner.require("python3") else { return }
    let path = try PolicyToolRunner.temporaryFile(PolicyExporter.export(spec, format: .terraform), suffix: ".tf")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let peer = """
      import hcl2, json, sys
      doc = hcl2.load(open(sys.argv[1]))
      res = {}
      for block in doc["resource"]:
          for rtype, named in block.items():
              for name, body in named.items():
                  res[rtype.strip('"')] = body
      role = res["aws_iam_role"]
      print(json.dumps({"types": sorted(res), "policy": role["assume_role_policy"], "duration": role["max_session_duration"],
                        "url": res["aws_iam_openid_connect_provider"]["url"].strip('"')}))
      """
    let run = try PolicyToolRunner.run(python, ["-c", peer, path])
    #expect(run.code == 0, "python-hcl2 (pip install python-hcl2 via scripts/setup): \(run.errors)")
    let result = try JSONParser.parse(run.output)
    #expect(result["types"] == ["aws_iam_openid_connect_provider", "aws_iam_role"])
    #expect(result["url"]?.stringValue == spec.issuer)
    #expect(result["duration"] == .integer(Int64(spec.maxSessionDuration)))
    let policy = try #require(result["policy"]?.stringValue)
    #expect(policy.contains("jsonencode("))
    #expect(policy.contains("aws_iam_openid_connect_provider.ci.arn"))
    for sub in spec.scope.subPatterns {
      // python-hcl2 returns the expression's source: the sub as an HCL literal, with `"` and `\`
      // escaped and `${`/`%{` doubled so that Terraform does not interpolate them.
      var literal = sub.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
      literal = literal.replacingOccurrences(of: "${", with: "$${").replacingOccurrences(of: "%{", with: "%%{")
      #expect(policy.contains("\"" + literal + "\""), "\(sub)")
    }
  }

  /// moto checks parameters and stores what it is given; it does not enforce IAM's policy grammar or
  /// identity-provider controls. The point here is that the script runs under the real AWS CLI and
  /// sends exactly the generated policy and registration.
  @Test(arguments: specs) func awsCLIScriptRunsAgainstMoto(_ spec: TrustPolicySpec) throws {
    guard let moto = PolicyToolRunner.require("moto_server"), let aws = PolicyToolRunner.require("aws"),
      let bash = PolicyToolRunner.require("bash"),
      let port = PolicyToolRunner.freePort()
    else { return }
    let server = Process()
    server.executableURL = URL(fileURLWithPath: moto)
    server.arguments = ["-H", "127.0.0.1", "-p", String(port)]
    server.standardOutput = FileHandle.nullDevice
    server.standardError = FileHandle.nullDevice
    try server.run()
    defer {
      // SIGKILL: a moto_server started under the test runner ignores SIGTERM and SIGINT.
      kill(server.processIdentifier, SIGKILL)
      PolicyToolRunner.wait(server)
    }
    var ready = false
    for _ in 0..<300 where !ready {
      ready = PolicyToolRunner.isListening(port)
      if !ready { usleep(100_000) }
    }
    try #require(ready, "moto_server did not start on 127.0.0.1:\(port)")

    var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("AWS_") }
    env["AWS_ACCESS_KEY_ID"] = "test"
    env["AWS_SECRET_ACCESS_KEY"] = "test"
    env["AWS_DEFAULT_REGION"] = "us-east-1"
    env["AWS_ENDPOINT_URL"] = "http://127.0.0.1:\(port)"
    env["AWS_CONFIG_FILE"] = "/dev/null"
    env["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null"
    env["AWS_EC2_METADATA_DISABLED"] = "true"
    let first = try runScript(bash, spec, env)
    #expect(first.code == 0, "script: \(first.errors)")
    // Run again with a longer session: the script finds the provider and updates the role. (Adding a
    // missing audience calls AddClientIDToOpenIDConnectProvider, which moto does not implement.)
    var again = spec
    again.maxSessionDuration = 10800
    let second = try runScript(bash, again, env)
    #expect(second.code == 0, "second run: \(second.errors)")

    let role = try PolicyToolRunner.run(aws, ["iam", "get-role", "--role-name", spec.roleName, "--output", "json"], environment: env)
    #expect(role.code == 0, "\(role.errors)")
    let stored = try #require(try JSONParser.parse(role.output)["Role"])
    #expect(stored["MaxSessionDuration"] == .integer(Int64(again.maxSessionDuration)))
    let storedPolicy = try #require(stored["AssumeRolePolicyDocument"])
    #expect(storedPolicy == PolicyRenderer.json(PolicyGenerator.document(for: spec)))

    let provider = try PolicyToolRunner.run(
      aws, ["iam", "get-open-id-connect-provider", "--open-id-connect-provider-arn", spec.providerARN, "--output", "json"], environment: env
    )
    #expect(provider.code == 0, "\(provider.errors)")
    let registered = try JSONParser.parse(provider.output)
    #expect(registered["ClientIDList"] == .array(spec.audiences.map { .string($0) }))
    #expect(registered["ThumbprintList"]?.arrayValue?.count ?? 0 == spec.thumbprints.count)
  }

  func runScript(_ bash: String, _ spec: TrustPolicySpec, _ env: [String: String]) throws -> PolicyToolRunner.Run {
    let script = try PolicyToolRunner.temporaryFile(PolicyExporter.export(spec, format: .awsCLI), suffix: ".sh")
    defer { try? FileManager.default.removeItem(atPath: script) }
    return try PolicyToolRunner.run(bash, [script], environment: env)
  }
}

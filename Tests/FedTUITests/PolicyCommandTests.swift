import FedCore
import Foundation
import Testing

/// `fedtui policy generate|evaluate` run as a process: exit codes, stdout, one-line stderr.
@Suite struct PolicyCommandTests {
  static let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent(".build/debug/fedtui").path

  struct Run {
    var code: Int32
    var output: String
    var errors: String
  }

  static func fedtui(_ arguments: [String], stdin: String? = nil) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    input.fileHandleForWriting.write((stdin ?? "").data(using: .utf8)!)
    try input.fileHandleForWriting.close()
    let output = out.fileHandleForReading.readDataToEndOfFile()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    while process.isRunning { usleep(10_000) }
    return Run(
      code: process.terminationStatus, output: String(decoding: output, as: UTF8.self), errors: String(decoding: errors, as: UTF8.self))
  }

  static let gitlab = [
    "policy", "generate", "--provider", "gitlab", "--account-id", "123456789012", "--project-path", "g/app", "--ref-type", "branch",
    "--ref", "main",
  ]

  @Test func generateMatchesTheWizard() throws {
    let run = try Self.fedtui(Self.gitlab)
    #expect(run.code == 0, "\(run.errors)")
    var w = PolicyWizard(provider: .gitlab)
    w.edit {
      $0.accountID = "123456789012"
      $0.scope = ScopeAnswers(projectPaths: ["g/app"], refTypes: [.branch], refs: ["main"])
    }
    #expect(run.output == PolicyExporter.export(try w.spec().get(), format: .json))
    #expect(run.errors.isEmpty)
  }

  @Test(arguments: ["aws-cli", "terraform", "cloudformation"]) func generateFormats(format: String) throws {
    let run = try Self.fedtui(Self.gitlab + ["--format", format, "--session-tags", "--max-session-duration", "7200"])
    #expect(run.code == 0)
    #expect(run.output.contains("sts:TagSession"))
    #expect(run.output.contains("7200"))
  }

  static let badGenerate: [([String], String)] = [
    (["--provider", "gitlab", "--account-id", "12345", "--project-path", "g/a"], "--account-id"),
    (["--provider", "bitbucket", "--account-id", "123456789012"], "--provider"),
    (["--provider", "gitlab", "--account-id", "123456789012", "--project-path", "g/a", "--format", "xml"], "--format"),
    (["--provider", "gitlab", "--account-id", "123456789012", "--repo", "o/r"], "--repo"),
    (["--provider", "gitlab", "--account-id", "123456789012", "--project-path", "g/a", "--ref", "refs/heads/main"], "--ref"),
    (["--provider", "gitlab", "--account-id", "123456789012", "--project-path", "g/a", "--ref-type", "mr"], "--ref-type"),
    (["--provider", "gitlab", "--account-id", "123456789012", "--project-path", "g/a", "--partition", "aws-x"], "--partition"),
    (
      ["--provider", "gitlab", "--account-id", "123456789012", "--project-path", "g/a", "--max-session-duration", "100"],
      "--max-session-duration"
    ),
    (
      ["--provider", "gitlab", "--account-id", "123456789012", "--project-path", "g/a", "--issuer", "http://gitlab.example.com"], "--issuer"
    ),
    (["--provider", "github", "--account-id", "123456789012", "--repo", "octo/*"], "--repo"),
    (
      ["--provider", "generic", "--account-id", "123456789012", "--issuer", "https://ci.example.com", "--audience", "a", "--sub", "*"],
      "--sub"
    ),
    (["--provider", "github", "--account-id", "123456789012", "--repo", "o/r", "--audience", ""], "--audience"),
  ]

  @Test(arguments: badGenerate) func generateBadInputExitsTwo(arguments: [String], flag: String) throws {
    let run = try Self.fedtui(["policy", "generate"] + arguments)
    #expect(run.code == 2)
    #expect(run.output.isEmpty)
    #expect(run.errors.hasPrefix("fedtui: \(flag)"), "\(run.errors)")
    #expect(run.errors.split(separator: "\n").count == 1)
  }

  static func token(_ claims: String) -> String {
    Base64URL.encode(Array(#"{"alg":"RS256","kid":"k"}"#.utf8)) + "." + Base64URL.encode(Array(claims.utf8)) + ".c2ln"
  }

  static let policy = """
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
      "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/gitlab.com"},
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": {"StringEquals": {"gitlab.com:aud": "https://gitlab.com"},
                    "StringLike": {"gitlab.com:sub": "project_path:g/app:ref_type:branch:ref:*"}}}]}
    """

  static func claims(ref: String) -> String {
    #"{"iss":"https://gitlab.com","aud":"https://gitlab.com","sub":"project_path:g/app:ref_type:branch:ref:\#(ref)","exp":1900000000}"#
  }

  func evaluate(_ token: String, format: String = "text", policy: String = policy) throws -> Run {
    let path = NSTemporaryDirectory() + "fedtui-policy-\(UUID().uuidString).json"
    try policy.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try Self.fedtui(
      ["policy", "evaluate", "--policy-file", path, "--token-file", "-", "--now", "1800000000", "--format", format], stdin: token)
  }

  @Test func evaluateAllowsExitZero() throws {
    let run = try evaluate(Self.token(Self.claims(ref: "main")))
    #expect(run.code == 0)
    #expect(run.output.hasPrefix("Decision: ALLOW"))
    #expect(run.output.contains("pass  StringLike gitlab.com:sub"))
  }

  @Test func evaluateDeniesExitOneWithEscapedTrace() throws {
    let run = try evaluate(
      Self.token(#"{"iss":"https://gitlab.com","aud":"https://gitlab.com","sub":"project_path:g/other\u001b[2J:ref_type:branch:ref:main"}"#)
    )
    #expect(run.code == 1)
    #expect(run.output.hasPrefix("Decision: DENY"))
    #expect(run.output.contains("FAIL  StringLike gitlab.com:sub"))
    #expect(!run.output.unicodeScalars.contains("\u{1B}"))
  }

  @Test func evaluateJSONIsOneObject() throws {
    let run = try evaluate(Self.token(Self.claims(ref: "dev")), format: "json")
    #expect(run.code == 0)
    let value = try JSONParser.parse(run.output)
    #expect(value["decision"] == "allow")
    #expect(value["statements"]?.arrayValue?.first?["conditions"]?.arrayValue?.count == 2)
    #expect(
      value["statements"]?.arrayValue?.first?["conditions"]?.arrayValue?.last?["actual"] == ["project_path:g/app:ref_type:branch:ref:dev"])
  }

  @Test func evaluateBadInputsExitTwo() throws {
    let badPolicy = try evaluate(Self.token(Self.claims(ref: "main")), policy: "{\"Statement\": 1}")
    #expect(badPolicy.code == 2)
    #expect(badPolicy.errors.hasPrefix("fedtui: --policy-file "))
    let badToken = try evaluate("not-a-token")
    #expect(badToken.code == 2)
    #expect(badToken.errors.hasPrefix("fedtui: --token-file -"))
    let missing = try Self.fedtui(["policy", "evaluate", "--policy-file", "/nonexistent/p.json", "--token-file", "-"])
    #expect(missing.code == 2)
    #expect(missing.errors.hasPrefix("fedtui: --policy-file /nonexistent/p.json: cannot open"))
  }
}

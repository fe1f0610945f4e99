import Foundation
import Testing

@testable import FedCore

/// `fedtui audit` as a user runs it: formats, exit codes, the SARIF schema.
@Suite struct AuditCLITests {
  static let details = Fixtures.path("audit/defects-details.json")
  static let providers = Fixtures.path("audit/defects-providers.json")
  static let schema = Fixtures.path("audit/sarif-2.1.0-subset.schema.json")

  func audit(_ extra: [String]) async throws -> FedTUIProcess.Outcome {
    try await Self.run(["audit", "--authorization-details", Self.details, "--providers", Self.providers] + extra)
  }

  /// Runs `fedtui` on a thread of its own: a blocked cooperative thread could stall other suites' servers.
  static func run(_ arguments: [String], stdin: [UInt8] = []) async throws -> FedTUIProcess.Outcome {
    try await AWSTestSupport.offPool { try FedTUIProcess.run(arguments, stdin: stdin) }
  }

  @Test func textTableHasARowPerRoleAndProvider() async throws {
    let out = try await audit([])
    #expect(out.status == 1)
    let row = out.stdoutText.split(separator: "\n").first { $0.contains("role/second-wildcard") }.map(String.init) ?? ""
    #expect(row.contains("123456789012") && row.contains("warning") && row.contains("policy-sub-wildcard-anywhere"))
    #expect(out.stdoutText.contains("oidc-provider/gitlab.com"))
    #expect(out.stdoutText.contains("2 error, 5 warning, 2 info"))
  }

  @Test func jsonHasTheIssueShape() async throws {
    let out = try await audit(["--format", "json"])
    #expect(out.status == 1)
    let root = try JSONParser.parse(out.stdoutText)
    let account = try #require(root["accounts"]?.arrayValue?.first)
    #expect(account["account"] == "123456789012")
    let provider = try #require(account["providers"]?.arrayValue?.first)
    for key in ["arn", "url", "clientIDs", "thumbprints", "findings"] { #expect(provider[key] != nil, "provider.\(key)") }
    let role = try #require(account["roles"]?.arrayValue?.first)
    for key in ["arn", "provider", "findings", "acceptsToken"] { #expect(role[key] != nil, "role.\(key)") }
    #expect(role["acceptsToken"] == .null)
    let finding = try #require(role["findings"]?.arrayValue?.first)
    #expect(finding == CheckReport.findingJSON(Auditor.audit(try AuditorTests.input()).roles[0].findings[0]))
    #expect(root["counts"] == .object([JSONMember("error", 2), JSONMember("warning", 5), JSONMember("info", 2)]))
  }

  @Test func sarifValidatesAgainstTheSchema() async throws {
    let out = try await audit(["--format", "sarif"])
    #expect(out.status == 1)
    _ = try await ExternalTool.run(["python3", "scripts/validate_json_schema.py", Self.schema], input: out.stdout)
    let root = try JSONParser.parse(out.stdoutText)
    let run = try #require(root["runs"]?.arrayValue?.first)
    let rules = run["tool"]?["driver"]?["rules"]?.arrayValue ?? []
    #expect(rules.contains { $0["id"] == "account-role-provider-missing" })
    let results = run["results"]?.arrayValue ?? []
    let missing = try #require(results.first { $0["ruleId"] == "account-role-provider-missing" })
    #expect(missing["level"] == "error")
    let location = missing["locations"]?.arrayValue?.first?["logicalLocations"]?.arrayValue?.first
    #expect(location?["fullyQualifiedName"] == "arn:aws:iam::123456789012:role/missing-provider")
    // The validator can fail: a level SARIF does not define is rejected.
    let bad = Array(out.stdoutText.replacingOccurrences(of: "\"level\": \"note\"", with: "\"level\": \"info\"").utf8)
    await #expect(throws: ExternalTool.Failure.self) {
      _ = try await ExternalTool.run(["python3", "scripts/validate_json_schema.py", Self.schema], input: bad)
    }
  }

  @Test func tokenFileAnswersWhichRolesAccept() async throws {
    let claims =
      #"{"iss":"https://token.actions.githubusercontent.com","aud":"sts.amazonaws.com","sub":"repo:octo-org/app:ref:refs/heads/main"}"#
    let token =
      "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsifQ." + Base64URL.encode(Array(claims.utf8)) + "."
      + Base64URL.encode([UInt8](repeating: 1, count: 256))
    let out = try await audit(["--format", "json", "--token-file", "-"], stdin: Array(token.utf8))
    let root = try JSONParser.parse(out.stdoutText)
    let roles = root["accounts"]?.arrayValue?.first?["roles"]?.arrayValue ?? []
    let accepts = roles.map { ($0["arn"]?.stringValue ?? "", $0["acceptsToken"]) }
    #expect(accepts.first { $0.0.hasSuffix("role/no-sub") }?.1 == .bool(true))
    #expect(accepts.first { $0.0.hasSuffix("role/clean") }?.1 == .bool(false))
    #expect(roles.allSatisfy { $0["trace"] != nil })
    #expect(root["tokenNote"]?.stringValue?.contains("fedtui check") == true)
  }

  @Test func unreadableInputExits3AndBadUsage2() async throws {
    let missing = try await Self.run(["audit", "--authorization-details", "/nonexistent/details.json"])
    #expect(missing.status == 3)
    #expect(missing.stderrText.contains("/nonexistent/details.json"))
    let notDetails = try await Self.run(["audit", "--authorization-details", Self.providers])
    #expect(notDetails.status == 3)
    #expect(notDetails.stderrText.contains("RoleDetailList"))
    let usage = try await audit(["--format", "xml"])
    #expect(usage.status == 2)
  }
}

extension AuditCLITests {
  /// Details of a large account pass the 4 MiB cap of other input files (the audit's cap is 64 MiB).
  @Test func detailsLargerThanOtherInputFilesAreRead() async throws {
    let text = try Fixtures.string("audit/defects-details.json")
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("fedtui-big-\(UUID().uuidString).json").path
    try Data((String(repeating: " ", count: 5 << 20) + text).utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let out = try await Self.run(["audit", "--authorization-details", path, "--providers", Self.providers])
    #expect(out.status == 1, "\(out.stderrText)")
    #expect(out.stdoutText.contains("account-role-provider-missing"))
  }

  func audit(_ extra: [String], stdin: [UInt8]) async throws -> FedTUIProcess.Outcome {
    try await Self.run(["audit", "--authorization-details", Self.details, "--providers", Self.providers] + extra, stdin: stdin)
  }
}

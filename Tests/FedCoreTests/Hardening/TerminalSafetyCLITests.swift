import FedCore
import Foundation
import Testing

/// Claims, headers, server bodies, certificate subjects and error messages carrying ESC
/// sequences (OSC 52, screen clear, title change), C1 controls and bidi overrides reach the
/// real `fedtui` process; its stdout and stderr must show them as visible escapes, never as the
/// raw bytes a terminal would interpret. JSON output escapes them as `\u001b`.
@Suite struct TerminalSafetyCLITests {
  static let now = "1700000100"

  /// Fails the test for every raw control in the process's output; returns stdout as text.
  @discardableResult
  static func expectSafe(_ outcome: FedTUIProcess.Outcome, json: Bool, _ what: String) -> String {
    #expect(String(validating: outcome.stdout, as: UTF8.self) != nil, "\(what): stdout is not UTF-8")
    let outControls = FedTUIProcess.terminalControls(in: outcome.stdout)
    let errControls = FedTUIProcess.terminalControls(in: outcome.stderr)
    #expect(outControls.isEmpty, "\(what): raw controls on stdout: \(outControls.map { String($0.value, radix: 16) })")
    #expect(errControls.isEmpty, "\(what): raw controls on stderr: \(errControls.map { String($0.value, radix: 16) })")
    #expect(!outcome.stdout.contains(0x1B) && !outcome.stderr.contains(0x1B), "\(what): ESC byte in the output")
    if json { #expect((try? JSONParser.parse(outcome.stdout)) != nil, "\(what): stdout is not one JSON value") }
    return outcome.stdoutText
  }

  @Test(arguments: ["text", "json"])
  func checkWithEscapingTokenAndServer(format: String) async throws {
    try await FaultServer.with { server in
      for issuerPath in ["/d/escapes", "/d/escapes-json", "/j/escapes-json"] {
        let token = HostileTokens.escapingToken(iss: server.info.base + issuerPath)
        let outcome = try FedTUIProcess.run(
          [
            "check", "--token-file", "-", "--ca-file", server.info.ca, "--allow-private-network", "--timeout", "30", "--now", Self.now,
            "--want-claim", HostileTokens.escapes, "--audience", HostileTokens.escapes, "--format", format,
          ], stdin: Array(token.utf8))
        #expect(outcome.status == 1, "\(issuerPath): \(outcome.stderrText)")
        let text = Self.expectSafe(outcome, json: format == "json", "check \(issuerPath) \(format)")
        // The escapes are shown, not dropped.
        #expect(text.contains(format == "json" ? "\\u001b]52;c;" : "\\e]52;c;"), "\(issuerPath): \(text.prefix(400))")
      }
    }
  }

  @Test(arguments: ["text", "json"])
  func explainOfAnEscapingMessage(format: String) throws {
    let message =
      "An error occurred (InvalidIdentityToken): \(HostileTokens.escapes) Missing a required claim: aud \(HostileTokens.escapes)"
    Self.expectSafe(try FedTUIProcess.run(["explain", message, "--format", format]), json: format == "json", "explain")
    let unknown = try FedTUIProcess.run(["explain", HostileTokens.escapes, "--format", format])
    Self.expectSafe(unknown, json: format == "json", "explain unrecognised")
  }

  @Test(arguments: ["text", "json"])
  func policyEvaluateWithEscapingPolicyAndToken(format: String) throws {
    let e = HostileTokens.literal(HostileTokens.escapes)
    let policy = #"""
      {"Version":"2012-10-17","Statement":[{"Sid":\#(e),"Effect":"Allow",
       "Principal":{"Federated":"arn:aws:iam::123456789012:oidc-provider/gitlab.example.com"},
       "Action":"sts:AssumeRoleWithWebIdentity",
       "Condition":{"StringEquals":{"gitlab.example.com:aud":\#(e)},"StringLike":{"gitlab.example.com:sub":[\#(e),"x*"]}}}]}
      """#
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fedtui-policy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("trust.json").path
    try policy.write(toFile: path, atomically: true, encoding: .utf8)
    let token = HostileTokens.escapingToken(iss: "https://gitlab.example.com")
    let outcome = try FedTUIProcess.run(
      ["policy", "evaluate", "--policy-file", path, "--token-file", "-", "--now", Self.now, "--format", format],
      stdin: Array(token.utf8))
    #expect(outcome.status == 0 || outcome.status == 1, "\(outcome.stderrText)")  // allow or deny, never bad input
    let text = Self.expectSafe(outcome, json: format == "json", "policy evaluate")
    #expect(text.contains(format == "json" ? "\\u001b]52;c;" : "\\e]52;c;"), "\(text.prefix(400))")
  }

  /// A served certificate whose subject carries escapes (thumbprint prints subjects).
  @Test(arguments: ["text", "json"])
  func thumbprintOfAnEscapingCertificate(format: String) async throws {
    try await FaultServer.with { server in
      let outcome = try FedTUIProcess.run(
        ["thumbprint", server.info.escapesCertBase, "--ca-file", server.info.ca, "--format", format])
      #expect(outcome.status == 0, "\(outcome.stderrText)")
      let text = Self.expectSafe(outcome, json: format == "json", "thumbprint")
      // OpenSSL's name printer already escapes the subject (`\\1B]52;c;…`); the escape stays visible.
      #expect(text.contains("52;c;SEVMTE8="))
    }
  }

  /// Error messages on stderr: a URL, a path and a flag value carrying escapes.
  @Test func errorMessagesAreEscaped() throws {
    let e = HostileTokens.escapes
    let runs = [
      ["thumbprint", "https://127.0.0.1:1/\(e)"], ["thumbprint", "ftp://\(e)"],
      ["check", "--token-file", "/nonexistent/\(e)"], ["check", "--issuer", "https://x", "--format", e],
      ["policy", "evaluate", "--policy-file", "/nonexistent/\(e)", "--token-file", "-"], ["explain", "--format", e, "x"],
      ["no-such-command-\(e)"],
    ]
    for arguments in runs {
      let outcome = try FedTUIProcess.run(arguments)
      #expect(outcome.status != 0, "\(arguments)")
      Self.expectSafe(outcome, json: false, "\(arguments.first ?? "")")
    }
  }
}

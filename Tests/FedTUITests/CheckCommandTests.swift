import FedCore
import Foundation
import Testing

@testable import FedTUI

/// The `check` and `explain` CLI contract (`spec/product.md`): flags, exit codes 0/1/2, JSON.
/// Files hold only the demo's fake token and public documents; they are removed after each test.
@Suite struct CheckCommandTests {
  final class TempDir {
    let url: URL
    init() throws {
      url = FileManager.default.temporaryDirectory.appendingPathComponent("fedtui-check-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func file(_ name: String, _ text: String) throws -> String {
      let path = url.appendingPathComponent(name).path
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      return path
    }
    deinit { try? FileManager.default.removeItem(at: url) }
  }

  static let now = String(DemoScenario.now)

  @Test func demoDocumentsOfflineExitOne() async throws {
    let dir = try TempDir()
    let args = [
      "check", "--token-file", try dir.file("token", DemoScenario.token + "\n"),
      "--discovery-file", try dir.file("discovery.json", DemoScenario.discoveryDocument),
      "--jwks-file", try dir.file("jwks.json", DemoScenario.applicationKeyJWKS), "--want-claim", "project_id", "--now", Self.now,
    ]
    #expect(await FedTUIMain.run(arguments: args) == 1)
    #expect(await FedTUIMain.run(arguments: args + ["--format", "json"]) == 1)
  }

  @Test func healthyTokenOfflineExitsZero() async throws {
    let dir = try TempDir()
    let claims =
      #"{"iss":"https://gitlab.com","aud":"sts.amazonaws.com","sub":"project_path:g/p:ref_type:branch:ref:main","iat":1764098080,"exp":1764101680}"#
    let token = Base64URL.encode(Array(#"{"alg":"RS256","kid":"k"}"#.utf8)) + "." + Base64URL.encode(Array(claims.utf8)) + ".c2ln"
    let discovery = #"{"issuer":"https://gitlab.com","jwks_uri":"https://gitlab.com/oauth/discovery/keys"}"#
    let args = [
      "check", "--token-file", try dir.file("t", token), "--discovery-file", try dir.file("d.json", discovery),
      "--audience", "sts.amazonaws.com", "--now", "1764098100", "--format", "json",
    ]
    #expect(await FedTUIMain.run(arguments: args) == 0)
  }

  @Test(arguments: [
    ["check", "--no-such-flag"], ["check", "--token-file", "/nonexistent/token"], ["check"],
    ["check", "--issuer", "https://x", "--format", "xml"], ["check", "--issuer", "https://x", "--timeout", "0"],
    ["check", "--issuer", "https://x", "--jwks-file", "/nonexistent/jwks.json"],
    ["check", "--issuer", "https://x", "--ca-file", "/nonexistent/ca.pem"], ["check", "--issuer", "https://x", "--now", "soon"],
    ["explain"], ["explain", "--format", "yaml", "x"],
  ])
  func badUsageExitsTwo(arguments: [String]) async {
    #expect(await FedTUIMain.run(arguments: arguments) == 2)
  }

  @Test func explainExitCodes() async {
    #expect(await FedTUIMain.run(arguments: ["explain", "InvalidIdentityToken: Missing a required claim: aud"]) == 0)
    #expect(await FedTUIMain.run(arguments: ["explain", "--format", "json", "Incorrect token audience"]) == 0)
    #expect(await FedTUIMain.run(arguments: ["explain", "the printer is on fire"]) == 1)
  }

  @Test func jsonIsOneObject() throws {
    let text = CheckCommand.render(DemoScenario.report(), format: .json)
    let value = try JSONParser.parse(text)
    #expect(value["verdict"]?.stringValue == "reject")
    #expect(value["findings"]?.arrayValue?.isEmpty == false)
  }

  @Test func explainJSON() throws {
    let value = ExplainCommand.json(Explainer.explain("Couldn't retrieve verification key from your identity provider"))
    #expect(value["recognised"]?.boolValue == true)
    #expect(value["candidates"]?.arrayValue?.contains(.string("jwks-kid-not-found")) == true)
  }

  /// The built binary, reading the token from stdin (`--token-file -`), with NO_COLOR.
  @Test func tokenFromStdinThroughTheBinary() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let binary = root.appendingPathComponent(".build/debug/fedtui")
    try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build fedtui first")
    let dir = try TempDir()
    let process = Process()
    process.executableURL = binary
    process.arguments = [
      "check", "--token-file", "-", "--jwks-file", try dir.file("jwks.json", DemoScenario.ciKeyJWKS), "--now", Self.now,
      "--format", "json",
    ]
    process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(("Bearer " + DemoScenario.token + "\n").utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 1)
    let value = try JSONParser.parse(Array(data))
    let ids = value["findings"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
    #expect(ids.contains("signature-verified") && ids.contains("token-cleaned") && ids.contains("aud-missing"))
    #expect(!String(decoding: data, as: UTF8.self).contains(DemoScenario.token))
  }
}

extension CheckCommandTests {
  @Test func colourOnlyWhenAsked() {
    let lines = CheckReportText.lines(DemoScenario.report())
    #expect(!ReportStyle.render(lines, colour: false).contains("\u{1B}"))
    #expect(ReportStyle.render(lines, colour: true).hasPrefix("\u{1B}[1;31mAWS would REJECT"))
  }

  @Test func discoveryFileAloneNeedsNoIssuer() async throws {
    let dir = try TempDir()
    let args = ["check", "--discovery-file", try dir.file("d.json", DemoScenario.discoveryDocument), "--format", "json"]
    #expect(await FedTUIMain.run(arguments: args) == 0)
  }
}

/// `check --token-file` with a file that is not UTF-8: a token finding in the normal report (exit 1), not exit 2.
@Suite struct TokenFileEncodingCLITests {
  @Test func invalidBytesExitOneAndUTF16Decodes() async throws {
    let dir = try CheckCommandTests.TempDir()
    let claims =
      #"{"iss":"https://gitlab.com","aud":"sts.amazonaws.com","sub":"project_path:g/p:ref_type:branch:ref:main","iat":1764098080,"exp":1764101680}"#
    let token = Base64URL.encode(Array(#"{"alg":"RS256","kid":"k"}"#.utf8)) + "." + Base64URL.encode(Array(claims.utf8)) + ".c2ln"
    let discovery = try dir.file("d.json", #"{"issuer":"https://gitlab.com","jwks_uri":"https://gitlab.com/oauth/discovery/keys"}"#)
    let bad = dir.url.appendingPathComponent("bad").path
    try Data([0xFF, 0x00, 0x41, 0x42]).write(to: URL(fileURLWithPath: bad))
    let utf16 = dir.url.appendingPathComponent("utf16").path
    try Data([0xFF, 0xFE] + token.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).write(to: URL(fileURLWithPath: utf16))
    let common = ["--discovery-file", discovery, "--audience", "sts.amazonaws.com", "--now", "1764098100", "--format", "json"]
    #expect(await FedTUIMain.run(arguments: ["check", "--token-file", bad] + common) == 1)
    #expect(await FedTUIMain.run(arguments: ["check", "--token-file", utf16] + common) == 0)
  }
}

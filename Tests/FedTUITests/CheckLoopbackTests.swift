import FedCore
import Foundation
import Testing

/// The built `fedtui check` against a real HTTPS issuer on loopback (`scripts/testserver.py`):
/// the 2021 GitLab report through the whole process, exit code included.
@Suite(.serialized) struct CheckLoopbackTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Starts the test server with a config; returns the process, its stdin (close it to stop) and the info line.
  static func startServer(_ config: String) throws -> (Process, Pipe, JSONValue) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", root.appendingPathComponent("scripts/testserver.py").path, config]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    var line = Data()
    while let byte = try output.fileHandleForReading.read(upToCount: 1), let b = byte.first, b != 0x0A { line.append(b) }
    return (process, input, try JSONParser.parse(Array(line)))
  }

  @Test func gitlab2021ReportThroughTheBinaryExitsOne() throws {
    let binary = Self.root.appendingPathComponent(".build/debug/fedtui")
    try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build fedtui first")
    let config = """
      {"routes":{"/.well-known/openid-configuration":{"body":"{\\"issuer\\":\\"{base}\\",\\"jwks_uri\\":\\"{base}/oauth/discovery/keys\\"}","headers":[["Content-Type","application/json"]]},\
      "/oauth/discovery/keys":{"body":\(JSONWriter.string(.string(DemoScenario.applicationKeyJWKS)))},\
      "/-/jwks":{"body":\(JSONWriter.string(.string(DemoScenario.ciKeyJWKS)))}}}
      """
    let (server, stop, info) = try Self.startServer(config)
    defer {
      try? stop.fileHandleForWriting.close()
      server.waitUntilExit()
    }
    let base = try #require(info["base"]?.stringValue)
    let ca = try #require(info["ca"]?.stringValue)
    let check = Process()
    check.executableURL = binary
    check.arguments = [
      "check", "--issuer", base, "--ca-file", ca, "--token-file", "-", "--want-claim", "project_id", "--now", String(DemoScenario.now),
      "--timeout", "30", "--format", "json",
    ]
    let input = Pipe()
    let output = Pipe()
    check.standardInput = input
    check.standardOutput = output
    try check.run()
    input.fileHandleForWriting.write(Data(DemoScenario.token.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    check.waitUntilExit()
    #expect(check.terminationStatus == 1)
    let report = try JSONParser.parse(Array(data))
    let findings = report["findings"]?.arrayValue ?? []
    let ids = Set(findings.compactMap { $0["id"]?.stringValue })
    #expect(
      ids.isSuperset(of: ["aud-missing", "iss-not-https", "jwks-kid-not-found", "sub-not-scoping", "claim-not-conditionable"]), "\(ids)")
    let kid = findings.first { $0["id"]?.stringValue == "jwks-kid-not-found" }
    let foundAt = kid?["evidence"]?.arrayValue?.first { $0["label"]?.stringValue == "found at" }?["value"]?.stringValue
    #expect(foundAt == "the key is published at \(base)/-/jwks but the discovery document points to \(base)/oauth/discovery/keys")
  }
}

import FedCore
import Foundation
import Testing

/// `fedtui check --from-ci` / `--token-env` through the built binary: the GitHub Actions token
/// endpoint is a loopback stand-in (`scripts/testserver.py` with `require_header`), GitLab's
/// `id_tokens:` variable an environment variable. The token never reaches the output.
@Suite(.serialized) struct CheckFromCITests {
  static let bearer = "actions-request-bearer-7f3e"

  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static func run(_ arguments: [String], environment: [String: String]) throws -> Run {
    let binary = CheckLoopbackTests.root.appendingPathComponent(".build/debug/fedtui")
    try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build fedtui first")
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"].merging(environment) { $1 }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  /// Saved documents for the demo token, so only the token request needs the network.
  static func offlineArguments(_ dir: CheckCommandTests.TempDir) throws -> [String] {
    [
      "--discovery-file", try dir.file("d.json", DemoScenario.discoveryDocument), "--jwks-file",
      try dir.file("j.json", DemoScenario.ciKeyJWKS), "--now", String(DemoScenario.now), "--format", "json",
    ]
  }

  static func expectNoSecret(_ run: Run) {
    let signature = String(DemoScenario.token.split(separator: ".").last ?? "")
    for text in [run.stdout, run.stderr] {
      #expect(!text.contains(DemoScenario.token))
      #expect(!text.contains(signature))
      #expect(!text.contains(bearer))
    }
  }

  static func actionsServer() throws -> (Process, Pipe, JSONValue) {
    let header = JSONWriter.string(.string("Bearer " + bearer))
    let body = JSONWriter.string(.string(#"{"count":1,"value":"# + JSONWriter.string(.string(DemoScenario.token)) + "}"))
    let config = #"{"routes":{"/token":{"require_header":["Authorization",\#(header)],"body":\#(body)}}}"#
    return try CheckLoopbackTests.startServer(config)
  }

  @Test func githubActionsTokenIsRequestedWithTheBearerAndAudience() throws {
    let (server, stop, info) = try Self.actionsServer()
    defer {
      try? stop.fileHandleForWriting.close()
      server.waitUntilExit()
    }
    let base = try #require(info["base"]?.stringValue)
    let dir = try CheckCommandTests.TempDir()
    let run = try Self.run(
      ["check", "--from-ci", "--audience", "sts.amazonaws.com", "--ca-file", try #require(info["ca"]?.stringValue)]
        + (try Self.offlineArguments(dir)),
      environment: [
        "GITHUB_ACTIONS": "true", "ACTIONS_ID_TOKEN_REQUEST_URL": base + "/token?api-version=2.0",
        "ACTIONS_ID_TOKEN_REQUEST_TOKEN": Self.bearer,
      ])
    // The demo token is the 2021 GitLab report: the check ran on it and rejects.
    #expect(run.status == 1, "\(run.stderr)")
    let report = try JSONParser.parse(Array(run.stdout.utf8))
    let ids = Set(report["findings"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? [])
    #expect(ids.contains("aud-missing") && ids.contains("signature-verified"), "\(ids)")
    Self.expectNoSecret(run)
    stop.fileHandleForWriting.write(Data("log\n".utf8))
    var line = Data()
    let reader = server.standardOutput as! Pipe
    while let byte = try reader.fileHandleForReading.read(upToCount: 1), let b = byte.first, b != 0x0A { line.append(b) }
    let log = try JSONParser.parse(Array(line))
    let request = try #require(log["requests"]?.arrayValue?.first)
    #expect(request["path"]?.stringValue == "/token")
    #expect(request["query"]?.stringValue == "api-version=2.0&audience=sts.amazonaws.com")
    #expect(request["header_ok"]?.boolValue == true)
  }

  @Test func aRefusedBearerIsAUsageErrorNamingThePermission() throws {
    let (server, stop, info) = try Self.actionsServer()
    defer {
      try? stop.fileHandleForWriting.close()
      server.waitUntilExit()
    }
    let base = try #require(info["base"]?.stringValue)
    let dir = try CheckCommandTests.TempDir()
    let run = try Self.run(
      ["check", "--from-ci", "--ca-file", try #require(info["ca"]?.stringValue)] + (try Self.offlineArguments(dir)),
      environment: ["ACTIONS_ID_TOKEN_REQUEST_URL": base + "/token?x=1", "ACTIONS_ID_TOKEN_REQUEST_TOKEN": "wrong-" + Self.bearer])
    #expect(run.status == 2)
    #expect(run.stderr.contains("HTTP 401") && run.stderr.contains("id-token: write"), "\(run.stderr)")
    #expect(run.stdout.isEmpty)
    Self.expectNoSecret(run)
  }

  @Test func gitlabIdTokenVariable() throws {
    let dir = try CheckCommandTests.TempDir()
    let run = try Self.run(
      ["check", "--from-ci", "--token-env", "AWS_ID_TOKEN"] + (try Self.offlineArguments(dir)),
      environment: ["GITLAB_CI": "true", "AWS_ID_TOKEN": DemoScenario.token])
    #expect(run.status == 1, "\(run.stderr)")
    let report = try JSONParser.parse(Array(run.stdout.utf8))
    #expect(report["token"]?["claims"]?["iss"]?.stringValue == DemoScenario.tokenIssuer)
    Self.expectNoSecret(run)
  }

  @Test func missingSourcesSayWhatTheJobLacks() throws {
    let dir = try CheckCommandTests.TempDir()
    let cases: [([String: String], String)] = [
      (["GITLAB_CI": "true"], "--token-env NAME"),
      (["GITHUB_ACTIONS": "true"], "permissions: id-token: write"),
      ([:], "ACTIONS_ID_TOKEN_REQUEST_URL is not set"),
    ]
    for (environment, expected) in cases {
      let run = try Self.run(["check", "--from-ci"] + (try Self.offlineArguments(dir)), environment: environment)
      #expect(run.status == 2)
      #expect(run.stderr.contains(expected), "\(environment): \(run.stderr)")
    }
    let empty = try Self.run(
      ["check", "--token-env", "AWS_ID_TOKEN"] + (try Self.offlineArguments(dir)), environment: ["AWS_ID_TOKEN": " "])
    #expect(empty.status == 2 && empty.stderr.contains("AWS_ID_TOKEN is not set or empty"))
    let both = try Self.run(["check", "--from-ci", "--token-file", "-"], environment: [:])
    #expect(both.status == 2 && both.stderr.contains("give the token one way"))
  }
}

import Foundation
import Testing

/// `fedtui thumbprint` as a user runs it: the built binary against the loopback HTTPS server,
/// compared with the SHA-1 Python computed for the top served certificate.
@Suite struct ThumbprintEndToEndTests {
  /// The `fedtui` built next to the test bundle (`swift build --build-tests` builds both).
  static let binary: URL = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("fedtui")

  struct Run {
    var code: Int32
    var stdout: String
    var stderr: String
  }

  static func run(_ arguments: [String]) throws -> Run {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      code: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  @Test func printsThePythonComputedThumbprint() async throws {
    try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "fedtui not built at \(Self.binary.path)")
    let server = try await TestServer.start(routes: ["/keys": .json(#"{"keys":[]}"#)])
    defer { server.stop() }
    let json = try Self.run(["thumbprint", server.url("/keys"), "--ca-file", server.caFile, "--format", "json"])
    #expect(json.code == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["thumbprint"] as? String == server.topSHA1)
    #expect((object["chain"] as? [[String: Any]])?.compactMap { $0["sha1"] as? String } == server.info.chainSHA1)
    #expect(object["publiclyTrusted"] as? Bool == false)

    let text = try Self.run(["thumbprint", "127.0.0.1:\(server.info.port)/keys", "--ca-file", server.caFile])
    #expect(text.code == 0)
    #expect(text.stdout.hasPrefix("thumbprint  \(server.topSHA1)\n"))
  }

  @Test func unverifiableChainExitsOneWithOneLine() async throws {
    try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "fedtui not built at \(Self.binary.path)")
    let server = try await TestServer.start(routes: [:])
    defer { server.stop() }
    let result = try Self.run(["thumbprint", server.url("/"), "--ca-file", server.wrongCAFile])
    #expect(result.code == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(result.stderr.contains(": tls: "))
  }
}

import Foundation
import Testing

@testable import FedTUI

/// Start-up disables core dumps: the token must not land in a core file.
@Suite(.serialized) struct CoreDumpTests {
  /// The real process, while it waits for the token on stdin: /proc shows a core limit of 0.
  @Test func runningCheckHasNoCoreLimit() async throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let process = Process()
    process.executableURL = root.appendingPathComponent(".build/debug/fedtui")
    process.arguments = ["check", "--token-file", "-", "--jwks-file", "/dev/null"]
    let stdin = Pipe()
    process.standardInput = stdin
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    defer {
      try? stdin.fileHandleForWriting.close()
      process.waitUntilExit()
    }
    var line: String?
    for _ in 0..<100 where line == nil {
      let limits = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/limits", encoding: .utf8)) ?? ""
      let core = limits.split(separator: "\n").first { $0.hasPrefix("Max core file size") }.map(String.init)
      if let core, core.split(separator: " ").filter({ !$0.isEmpty }).dropFirst(4).prefix(2) == ["0", "0"] { line = core }
      if line == nil { try await Task.sleep(for: .milliseconds(50)) }
    }
    let core = try #require(line, "the core limit never became 0")
    let fields = core.split(separator: " ").filter { !$0.isEmpty }
    #expect(fields[4] == "0" && fields[5] == "0")
  }

  /// In this process (after the subprocess test: the limit is inherited by children).
  @Test func disableSetsTheLimitAndTheDumpableFlag() {
    CoreDumps.disable()
    var limit = rlimit()
    _ = getrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &limit)
    #expect(limit.rlim_cur == 0 && limit.rlim_max == 0)
    #expect(CoreDumps.prctl(CoreDumps.getDumpable, 0) == 0)
  }
}

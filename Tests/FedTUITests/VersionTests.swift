import FedCore
import Foundation
import Testing

/// `fedtui --version` names the version and the commit the binary was built from
/// (scripts/build-info, run by the BuildInfo plugin before each build).
struct VersionTests {
  @Test func versionNamesTheCommit() throws {
    let run = try CheckFromCITests.run(["--version"], environment: [:])
    #expect(run.status == 0)
    let line = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(line.hasPrefix(FedTUIVersion.current + " (commit "), "\(line)")
    let git = Process()
    git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    git.arguments = ["git", "-C", CheckLoopbackTests.root.path, "rev-parse", "--short=12", "HEAD"]
    let out = Pipe()
    git.standardOutput = out
    git.standardError = FileHandle.nullDevice
    try git.run()
    let head = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    git.waitUntilExit()
    // Built from this checkout: the commit is HEAD's (possibly marked as modified).
    try #require(git.terminationStatus == 0, "not a git checkout")
    #expect(line.contains("(commit \(head))") || line.contains("(commit \(head)-modified)"), "\(line) vs \(head)")
  }
}

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
    let commit = try #require(line.split(separator: " ").last.map { String($0.dropLast().prefix(12)) })
    // Built from this checkout: the commit is HEAD or one of its ancestors (a binary built
    // before the last commit), never a made-up value.
    try #require(try Self.git(["rev-parse", "--git-dir"]) == 0, "not a git checkout")
    #expect(commit.count == 12 && commit.allSatisfy(\.isHexDigit), "\(line)")
    #expect(try Self.git(["merge-base", "--is-ancestor", commit, "HEAD"]) == 0, "\(commit) is not on HEAD's history")
  }

  static func git(_ arguments: [String]) throws -> Int32 {
    let git = Process()
    git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    git.arguments = ["git", "-C", CheckLoopbackTests.root.path] + arguments
    git.standardOutput = FileHandle.nullDevice
    git.standardError = FileHandle.nullDevice
    try git.run()
    git.waitUntilExit()
    return git.terminationStatus
  }
}

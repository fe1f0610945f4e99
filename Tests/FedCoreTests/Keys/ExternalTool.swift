import Foundation

/// Runs the independent peers the key tests compare against (`scripts/jose_peer.py`, the
/// `jose` CLI). Input goes through stdin and output comes back from stdout: nothing touches disk.
enum ExternalTool {
  static let repositoryRoot = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent()

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Runs `arguments` through `/usr/bin/env`, feeding `input`, and returns stdout when it exits 0.
  /// The wait happens on a thread of its own, so other tests' tasks keep the cooperative pool.
  static func run(_ arguments: [String], input: [UInt8] = []) async throws -> [UInt8] {
    try await withCheckedThrowingContinuation { continuation in
      Thread.detachNewThread {
        continuation.resume(with: Result { try runBlocking(arguments, input: input) })
      }
    }
  }

  static func runBlocking(_ arguments: [String], input: [UInt8]) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.currentDirectoryURL = repositoryRoot
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let errors = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Failure(
        description: "\(arguments.joined(separator: " ")) exited \(process.terminationStatus): \(String(decoding: errors, as: UTF8.self))")
    }
    return Array(output)
  }
}

import FedCore
import Foundation

/// Runs the built `fedtui` executable as a child process: what a user's shell sees (bytes on
/// stdout and stderr, the exit status) and, measured by `/usr/bin/time -v`, its peak memory.
enum FedTUIProcess {
  struct Outcome {
    var status: Int32
    var stdout: [UInt8]
    var stderr: [UInt8]
    /// Maximum resident set size in KiB (only when measured).
    var peakRSSKiB: Int?
    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    var stderrText: String { String(decoding: stderr, as: UTF8.self) }
  }

  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `fedtui` next to the test bundle (same build), else `.build/debug/fedtui`.
  static var executable: String {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("fedtui").path
    if FileManager.default.isExecutableFile(atPath: beside) { return beside }
    return packageRoot.appendingPathComponent(".build/debug/fedtui").path
  }

  /// Runs `fedtui arguments…` with `stdin` as standard input (never a file: it may be a token).
  static func run(_ arguments: [String], stdin: [UInt8] = [], measureMemory: Bool = false, environment: [String: String] = [:])
    throws -> Outcome
  {
    let process = Process()
    var timeFile: String?
    if measureMemory {
      let path = FileManager.default.temporaryDirectory.appendingPathComponent("fedtui-time-\(UUID().uuidString)").path
      timeFile = path
      process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
      process.arguments = ["-v", "-o", path, executable] + arguments
    } else {
      process.executableURL = URL(fileURLWithPath: executable)
      process.arguments = arguments
    }
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (k, v) in environment { env[k] = v }
    process.environment = env
    process.currentDirectoryURL = packageRoot
    let (input, output, errors) = (Pipe(), Pipe(), Pipe())
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let collected = collect(output, errors)
    input.fileHandleForWriting.write(Data(stdin))
    try input.fileHandleForWriting.close()
    let (out, err) = collected()
    process.waitUntilExit()
    var peak: Int?
    if let timeFile {
      peak = parsePeak(try String(contentsOfFile: timeFile, encoding: .utf8))
      try? FileManager.default.removeItem(atPath: timeFile)
    }
    return Outcome(status: process.terminationStatus, stdout: out, stderr: err, peakRSSKiB: peak)
  }

  /// Reads both pipes to the end on their own threads (a full pipe must never block the child).
  private static func collect(_ a: Pipe, _ b: Pipe) -> () -> ([UInt8], [UInt8]) {
    final class Box: @unchecked Sendable { var bytes: [UInt8] = [] }
    let (boxA, boxB) = (Box(), Box())
    let group = DispatchGroup()
    for (pipe, box) in [(a, boxA), (b, boxB)] {
      group.enter()
      Thread.detachNewThread {
        box.bytes = Array(pipe.fileHandleForReading.readDataToEndOfFile())
        group.leave()
      }
    }
    return {
      group.wait()
      return (boxA.bytes, boxB.bytes)
    }
  }

  static func parsePeak(_ report: String) -> Int? {
    for line in report.split(separator: "\n") where line.contains("Maximum resident set size") {
      return line.split(separator: ":").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }
    return nil
  }

  /// Every scalar a terminal could interpret, other than the newline that ends lines.
  static func terminalControls(in bytes: [UInt8]) -> [Unicode.Scalar] {
    String(decoding: bytes, as: UTF8.self).unicodeScalars.filter { $0 != "\n" && TextSafety.isUnsafe($0) }
  }
}

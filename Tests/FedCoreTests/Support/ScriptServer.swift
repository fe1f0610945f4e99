import FedCore
import Foundation

/// A Python server of `scripts/` started for one test: the config goes in as the first stdin
/// line, the server's first stdout line (JSON) says where it listens; closing stdin stops it.
/// `motoserver.py` (a real moto IAM on a free loopback port) and `testserver.py` (HTTPS
/// stand-in with a request log) both follow this protocol.
final class ScriptServer: @unchecked Sendable {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  let info: JSONValue
  private let process: Process
  private let input: Pipe
  private let output: Pipe
  private var stopped = false

  init(script: String, config: JSONValue) throws {
    process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", Self.root.appendingPathComponent("scripts/\(script)").path]
    input = Pipe()
    output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    input.fileHandleForWriting.write(Data((JSONWriter.string(config, pretty: false) + "\n").utf8))
    guard let line = Self.readLine(output.fileHandleForReading) else {
      process.waitUntilExit()
      throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "\(script) did not start"])
    }
    info = try JSONParser.parse(Array(line))
  }

  deinit { stop() }

  /// Sends a stdin command (`log`) and returns its one-line JSON answer.
  func command(_ text: String) throws -> JSONValue {
    input.fileHandleForWriting.write(Data((text + "\n").utf8))
    guard let line = Self.readLine(output.fileHandleForReading) else { throw CocoaError(.fileReadUnknown) }
    return try JSONParser.parse(Array(line))
  }

  func stop() {
    guard !stopped else { return }
    stopped = true
    try? input.fileHandleForWriting.close()
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
  }

  static func readLine(_ handle: FileHandle) -> Data? {
    var line = Data()
    while let byte = try? handle.read(upToCount: 1), let b = byte.first {
      if b == 0x0A { return line }
      line.append(b)
    }
    return line.isEmpty ? nil : line
  }
}

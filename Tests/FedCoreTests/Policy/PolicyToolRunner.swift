import Foundation
import Testing

/// Runs the real tools the exporter tests check against (installed by `scripts/setup`).
enum PolicyToolRunner {
  struct Run {
    var code: Int32
    var output: String
    var errors: String
  }

  /// The tool's path on PATH, or nil (the caller records a failure naming `scripts/setup`).
  static func find(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") {
      let candidate = "\(dir)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// The path of a required tool; a missing one is a test failure, never a silent skip.
  static func require(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
    let path = find(name)
    if path == nil { Issue.record("\(name) is not on PATH: run scripts/setup to install the test tools", sourceLocation: sourceLocation) }
    return path
  }

  /// Runs to completion; output goes through temporary files so that large outputs cannot block.
  static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> Run {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fedtui-tool-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("out")
    let err = dir.appendingPathComponent("err")
    FileManager.default.createFile(atPath: out.path, contents: nil)
    FileManager.default.createFile(atPath: err.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment { process.environment = environment }
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    wait(process)
    return Run(
      code: process.terminationStatus, output: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
      errors: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
  }

  /// Waits for exit by polling: `waitUntilExit` has been seen to hang on Linux when the child
  /// exits while the test runner's threads are busy.
  static func wait(_ process: Process) {
    while process.isRunning { usleep(20_000) }
  }

  /// Writes text to a fresh temporary file and returns its path (the caller removes it).
  static func temporaryFile(_ text: String, suffix: String) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("fedtui-\(UUID().uuidString)\(suffix)").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// A free TCP port on 127.0.0.1 (bound and released; the caller's server binds it next).
  static func freePort() -> UInt16? {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    addr.sin_port = 0
    var len = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &addr) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) == 0 && getsockname(fd, $0, &len) == 0 }
    }
    return bound ? UInt16(bigEndian: addr.sin_port) : nil
  }

  /// True once something accepts TCP connections on 127.0.0.1:port.
  static func isListening(_ port: UInt16) -> Bool {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    addr.sin_port = port.bigEndian
    return withUnsafePointer(to: &addr) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
    }
  }
}

import Foundation

/// The hostile loopback server `scripts/faultserver.py`, started by a test and always stopped.
///
/// Usage: `try await FaultServer.with { server in ... server.issuer(.discovery, "reset") ... }`.
/// `with` uses one server per test process (it holds no per-test state): starting ~30 Python
/// servers at once on a small machine made every fetch slow. The server exits when the test
/// process does (its stdin reaches end of file), and deletes its temporary directory.
final class FaultServer: @unchecked Sendable {
  /// Where a fault is served: at the discovery document or at the JWKS its discovery points to.
  enum Stage: String {
    case discovery = "d"
    case jwks = "j"
  }

  struct Info: Decodable {
    var base: String
    var wrongHostBase: String
    var expiredBase: String
    var escapesCertBase: String
    var notTLSBase: String
    var refusedBase: String
    var ca: String

    enum CodingKeys: String, CodingKey {
      case base, ca
      case wrongHostBase = "wrong_host_base"
      case expiredBase = "expired_base"
      case escapesCertBase = "escapes_cert_base"
      case notTLSBase = "not_tls_base"
      case refusedBase = "refused_base"
    }
  }

  let info: Info
  private let process: Process
  private let stdin: Pipe
  private let stdout: FileHandle

  static let script = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("scripts/faultserver.py").path

  private init() throws {
    process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", Self.script]
    stdin = Pipe()
    let out = Pipe()
    process.standardInput = stdin
    process.standardOutput = out
    try process.run()
    stdout = out.fileHandleForReading
    guard let line = Self.readLine(stdout), let data = line.data(using: .utf8) else {
      process.terminate()
      throw ServerError.noStartupLine
    }
    info = try JSONDecoder().decode(Info.self, from: data)
  }

  enum ServerError: Error { case noStartupLine }

  /// The server of this test process, started on first use.
  private static let shared: Result<FaultServer, any Error> = Result { try FaultServer() }

  /// Runs `body` with the shared server.
  static func with<T>(_ body: (FaultServer) async throws -> T) async throws -> T {
    try await body(try shared.get())
  }

  private let logLock = NSLock()

  /// The issuer whose discovery (or JWKS) stage serves `fault`.
  func issuer(_ stage: Stage, _ fault: String) -> String { "\(info.base)/\(stage.rawValue)/\(fault)" }

  /// The URL that serves `fault` directly.
  func faultURL(_ fault: String) -> String { "\(info.base)/f/\(fault)" }

  /// The request log: path and lower-cased headers of every request so far.
  func requests() -> [(path: String, headers: [String: String])] {
    logLock.lock()
    defer { logLock.unlock() }
    stdin.fileHandleForWriting.write(Data("log\n".utf8))
    guard let line = Self.readLine(stdout), let data = line.data(using: .utf8),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let entries = object["requests"] as? [[String: Any]]
    else { return [] }
    return entries.map { ($0["path"] as? String ?? "", $0["headers"] as? [String: String] ?? [:]) }
  }

  func stop() {
    try? stdin.fileHandleForWriting.close()
    process.waitUntilExit()
  }

  static func readLine(_ handle: FileHandle) -> String? {
    var bytes: [UInt8] = []
    while true {
      let chunk = handle.readData(ofLength: 1)
      if chunk.isEmpty { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
      if chunk[0] == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self) }
      bytes.append(chunk[0])
    }
  }
}

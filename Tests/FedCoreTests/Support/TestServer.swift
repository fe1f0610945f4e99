import Foundation

/// A loopback HTTPS server for tests: runs `scripts/testserver.py` (a throwaway CA, a served
/// leaf + intermediate chain for 127.0.0.1/localhost, routes from a config) and stops it.
///
///     let server = try await TestServer.start(routes: ["/doc": .json(#"{"a":1}"#)])
///     defer { server.stop() }
///     let request = FetchRequest(url: server.url("/doc"), caFile: server.caFile)
///
/// The config format (status, body, headers, delay, trickle, redirect, wait_for, ...) is documented
/// at the top of `scripts/testserver.py`; `Route` mirrors it. Bodies, headers and redirect targets
/// may contain `{base}` (`https://127.0.0.1:<port>`) and `{http_base}`, substituted by the server.
final class TestServer: @unchecked Sendable {
  /// One route of the config.
  struct Route {
    var status: Int?
    var body: String?
    /// Generated body of this many bytes instead of `body`.
    var size: Int?
    var headers: [(String, String)] = []
    var redirect: String?
    var delayMs: Int?
    var trickleBytesPerSecond: Int?
    /// False: no Content-Length; the body ends when the connection closes.
    var contentLength = true
    /// Close the connection without answering.
    var drop = false
    /// Hold the response until these paths were requested (or `waitTimeoutMs` passed).
    var waitFor: [String] = []
    var waitTimeoutMs: Int?
    /// POST only: recompute the SigV4 signature with botocore for these credentials
    /// (`key`, `secret`, `token`?, `service`, `region`) and log whether it matches.
    var sigv4: [String: String]?

    static func json(_ text: String, status: Int = 200, headers: [(String, String)] = []) -> Route {
      Route(status: status, body: text, headers: [("Content-Type", "application/json")] + headers)
    }
    static func text(_ text: String, status: Int = 200, headers: [(String, String)] = []) -> Route {
      Route(status: status, body: text, headers: headers)
    }
    static func redirect(to target: String, status: Int = 302) -> Route {
      Route(status: status, redirect: target)
    }
    static func generated(size: Int, contentLength: Bool = true) -> Route {
      Route(size: size, contentLength: contentLength)
    }

    var config: [String: Any] {
      var out: [String: Any] = ["headers": headers.map { [$0.0, $0.1] }, "content_length": contentLength, "drop": drop]
      if let status { out["status"] = status }
      if let body { out["body"] = body }
      if let size { out["size"] = size }
      if let redirect { out["redirect"] = redirect }
      if let delayMs { out["delay_ms"] = delayMs }
      if let trickleBytesPerSecond { out["trickle_bps"] = trickleBytesPerSecond }
      if !waitFor.isEmpty { out["wait_for"] = waitFor }
      if let waitTimeoutMs { out["wait_timeout_ms"] = waitTimeoutMs }
      if let sigv4 { out["sigv4"] = sigv4 }
      return out
    }
  }

  /// One request the server saw (`t*` are server-side monotonic seconds: compare them only with each other).
  struct LoggedRequest: Decodable {
    var path: String
    var query: String
    var method: String
    var scheme: String
    var tStart: Double
    var tEnd: Double?
    var status: Int?
    var bytesSent: Int
    var aborted: Bool
    /// Nil without `waitFor`; else whether every awaited path arrived in time.
    var waited: Bool?
    /// POST only: the body and the headers as received.
    var body: String?
    var headers: [[String]]?
    /// With a `sigv4` route: whether botocore computes the same signature, and what was signed.
    var sigv4Valid: Bool?
    var signedHeaders: [String]?
  }

  struct Info: Decodable {
    var port: Int
    var base: String
    var ca: String
    var wrongCA: String
    var chainSHA1: [String]
    var topSHA1: String
    var caSHA1: String
    var httpPort: Int?

    enum CodingKeys: String, CodingKey {
      case port, base, ca
      case wrongCA = "wrong_ca"
      case chainSHA1 = "chain_sha1"
      case topSHA1 = "top_sha1"
      case caSHA1 = "ca_sha1"
      case httpPort = "http_port"
    }
  }

  enum StartError: Error, CustomStringConvertible {
    case failed(String)
    var description: String { if case .failed(let text) = self { return text } else { return "" } }
  }

  let info: Info
  private let process: Process
  private let input: FileHandle
  private let output: FileHandle
  private var buffer = Data()
  private var stopped = false
  private let lock = NSLock()

  /// `https://127.0.0.1:<port>`.
  var base: String { info.base }
  /// The root CA (not served): pass as `caFile` to trust the server.
  var caFile: String { info.ca }
  /// An unrelated CA: the server's chain does not verify against it.
  var wrongCAFile: String { info.wrongCA }
  /// SHA-1 of the top served certificate, computed by Python: the expected IAM thumbprint.
  var topSHA1: String { info.topSHA1 }

  func url(_ path: String) -> String { base + path }

  static let script: String = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("scripts/testserver.py").path

  /// Starts the server with these routes; throws with the server's stderr when it cannot start.
  /// Waiting for the server happens on a thread of its own, not on the cooperative pool.
  static func start(routes: [String: Route], plainHTTP: Bool = false) async throws -> TestServer {
    let config: [String: Any] = ["routes": routes.mapValues(\.config), "plain_http": plainHTTP]
    var line = try JSONSerialization.data(withJSONObject: config)
    line.append(0x0A)
    let configLine = line
    return try await withCheckedThrowingContinuation { continuation in
      Thread.detachNewThread {
        continuation.resume(with: Result { try launch(configLine: configLine) })
      }
    }
  }

  private static func launch(configLine: Data) throws -> TestServer {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script]
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(configLine)
    return try TestServer(
      process: process, input: stdin.fileHandleForWriting, output: stdout.fileHandleForReading,
      errors: stderr.fileHandleForReading)
  }

  private init(process: Process, input: FileHandle, output: FileHandle, errors: FileHandle) throws {
    self.process = process
    self.input = input
    self.output = output
    var pending = Data()
    guard let first = Self.readLine(output, buffer: &pending) else {
      let text = String(decoding: errors.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      throw StartError.failed("testserver.py did not start: \(text)")
    }
    info = try JSONDecoder().decode(Info.self, from: first)
    buffer = pending
  }

  deinit { stop() }

  /// Everything the server has seen so far, in arrival order.
  func requestLog() throws -> [LoggedRequest] {
    lock.lock()
    defer { lock.unlock() }
    input.write(Data("log\n".utf8))
    guard let line = Self.readLine(output, buffer: &buffer) else { throw StartError.failed("testserver.py exited") }
    struct Log: Decodable { var requests: [LoggedRequest] }
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(Log.self, from: line).requests
  }

  /// The log once every request seen so far has finished (`tEnd` set), or after `timeout`
  /// seconds: a client can have its response (or hang up) before the server thread notes the end.
  func settledRequestLog(timeout: Double = 10) throws -> [LoggedRequest] {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      let log = try requestLog()
      if log.allSatisfy({ $0.tEnd != nil }) || Date() > deadline { return log }
      usleep(20_000)
    }
  }

  /// Stops the server (closing its stdin and sending SIGTERM; it deletes its temp dir on the
  /// way out) and waits for it. Idempotent; also run on deinit.
  func stop() {
    lock.lock()
    defer { lock.unlock() }
    guard !stopped else { return }
    stopped = true
    try? input.close()
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
  }

  private static func readLine(_ handle: FileHandle, buffer: inout Data) -> Data? {
    while true {
      if let newline = buffer.firstIndex(of: 0x0A) {
        let line = buffer[buffer.startIndex..<newline]
        buffer = Data(buffer[(newline + 1)...])
        return Data(line)
      }
      let chunk = handle.availableData
      if chunk.isEmpty { return nil }
      buffer.append(chunk)
    }
  }
}

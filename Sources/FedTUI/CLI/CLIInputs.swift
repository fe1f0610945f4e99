import FedCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading the operator's files for `check` (and stdin for `--token-file -`) without Foundation.
/// Every failure is a `UsageError` naming the flag and the file (exit 2).
enum CLIInputs {
  /// Files larger than this are refused (a JWKS or a token is far smaller).
  static let maxBytes = Limits.fileBytes

  /// The bytes of `path` (`-`: standard input), or a usage error naming `flag`.
  static func read(_ path: String, flag: String) throws -> [UInt8] {
    if path == "-" && isatty(0) == 1 { Output.error("\(flag) -: reading standard input (end with Ctrl-D)") }
    let fd = path == "-" ? 0 : open(path, O_RDONLY)
    guard fd >= 0 else { throw UsageError(message: "\(flag): cannot read \(path): \(reason())") }
    defer { if fd != 0 { close(fd) } }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw UsageError(message: "\(flag): cannot read \(path): \(reason())")
      }
      if n == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<n])
      if bytes.count > maxBytes { throw UsageError(message: "\(flag): \(path) is larger than \(maxBytes) bytes") }
    }
  }

  /// The file as UTF-8 text, or a usage error.
  static func text(_ path: String, flag: String) throws -> String {
    let bytes = try read(path, flag: flag)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw UsageError(message: "\(flag): \(path) is not UTF-8 text")
    }
    return text
  }

  /// A token file: UTF-8, or UTF-16 / UTF-8 with a byte-order mark (`TokenFileText`). Bytes that
  /// are not text are the token's problem (`token-malformed`), not a usage error.
  static func tokenText(_ path: String, flag: String) throws -> String {
    TokenFileText.decode(try read(path, flag: flag))
  }

  /// A readable regular file, checked up front (for paths handed to libcurl, like `--ca-file`).
  static func requireReadable(_ path: String, flag: String) throws {
    guard access(path, R_OK) == 0 else { throw UsageError(message: "\(flag): cannot read \(path): \(reason())") }
  }

  static func reason() -> String { String(cString: strerror(errno)) }
}

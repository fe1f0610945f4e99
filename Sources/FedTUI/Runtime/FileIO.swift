import FedCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Small file reads and writes without Foundation, for the runner.
enum FileIO {
  /// `~/x` → `$HOME/x`.
  static func expand(_ path: String) -> String {
    guard path.hasPrefix("~/"), let home = getenv("HOME") else { return path }
    return String(cString: home) + String(path.dropFirst(1))
  }

  /// Reads at most `limit` bytes; bigger files are refused.
  static func read(_ path: String, limit: Int = Limits.fileBytes) -> Result<String, FileFailure> {
    let fd = open(expand(path), O_RDONLY)
    guard fd >= 0 else { return .failure(FileFailure(message: String(cString: strerror(errno)))) }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 { return .failure(FileFailure(message: String(cString: strerror(errno)))) }
      if n == 0 { break }
      bytes += chunk[0..<n]
      if bytes.count > limit { return .failure(FileFailure(message: "larger than \(limit) bytes")) }
    }
    return .success(TokenFileText.decode(bytes))
  }
}

#if canImport(Glibc)
  import Glibc
  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  import Darwin
  private let systemRead = Darwin.read
#endif

/// A local file that could not be read, with the reason (`strerror`) for the one-line message.
public struct LocalFileError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var reason: String
  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }
  public var description: String { "cannot read \(path): \(reason)" }
}

/// Reads small local files (CA bundles, saved discovery/JWKS documents) without Foundation.
public enum LocalFile {
  /// The whole file, refusing files larger than `maxBytes`.
  public static func read(path: String, maxBytes: Int) -> Result<[UInt8], LocalFileError> {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return .failure(error(path)) }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(error(path))
      }
      if n == 0 { return .success(bytes) }
      bytes.append(contentsOf: chunk[0..<n])
      if bytes.count > maxBytes {
        return .failure(LocalFileError(path: path, reason: "larger than \(maxBytes) bytes"))
      }
    }
  }

  private static func error(_ path: String) -> LocalFileError {
    LocalFileError(path: path, reason: String(cString: strerror(errno)))
  }
}

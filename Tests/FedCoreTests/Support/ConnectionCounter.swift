import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A loopback TCP listener that only counts the connections it accepts (and closes them): the
/// stand-in for an address FedTUI must not contact. Listens on 127.0.0.1 only.
final class ConnectionCounter: @unchecked Sendable {
  let port: Int
  private let fd: Int32
  private let lock = NSLock()
  private var accepted = 0
  private var running = true

  init() throws {
    let sock = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard sock >= 0 else { throw CocoaError(.fileWriteUnknown) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(sock, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard bound == 0, listen(sock, 16) == 0 else { throw CocoaError(.fileWriteUnknown) }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(sock, $0, &length) }
    }
    port = Int(UInt16(bigEndian: address.sin_port))
    fd = sock
    let fd = sock
    Thread.detachNewThread { [self] in
      defer { close(fd) }
      while isRunning {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, 50) > 0 else { continue }
        let client = accept(fd, nil, nil)
        if client >= 0 {
          lock.withLock { accepted += 1 }
          close(client)
        }
      }
    }
  }

  private var isRunning: Bool { lock.withLock { running } }

  /// Connections accepted so far, after a short settle for any in flight (sleeping the task,
  /// never blocking a thread of the cooperative pool).
  func connections() async -> Int {
    try? await Task.sleep(for: .milliseconds(200))
    return lock.withLock { accepted }
  }

  /// Stops accepting; the listening thread closes the socket on its way out.
  func stop() {
    lock.withLock { running = false }
  }
}

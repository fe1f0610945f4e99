import CCurl

/// A flag set by a cancelled task and read by the transfer thread's progress callback.
final class CancelFlag: @unchecked Sendable {
  // Shared across threads through C atomics (no Synchronization module needed on older macOS).
  private let storage: UnsafeMutablePointer<Int32>

  init() {
    storage = .allocate(capacity: 1)
    storage.initialize(to: 0)
  }

  deinit { storage.deallocate() }

  func cancel() { fed_atomic_store_int(storage, 1) }
  var isCancelled: Bool { fed_atomic_load_int(storage) != 0 }
}

/// Where one transfer's callbacks put what arrives; touched only by the transfer's thread.
final class TransferSink {
  /// Response headers beyond this many bytes abort the transfer as too large.
  static let maxHeaderBytes = Limits.headerBytes

  let maxBytes: Int
  let cancel: CancelFlag
  var body: [UInt8] = []
  var headers: [HTTPHeader] = []
  var headerBytes = 0
  /// Set when the body (or the headers) went past their cap and the transfer was cut off.
  var tooLarge = false

  init(maxBytes: Int, cancel: CancelFlag) {
    self.maxBytes = maxBytes
    self.cancel = cancel
  }

  /// Appends body bytes; false (abort) once the cap would be passed, before storing them.
  func receiveBody(_ data: UnsafeRawBufferPointer) -> Bool {
    guard body.count + data.count <= maxBytes else {
      tooLarge = true
      return false
    }
    body.append(contentsOf: data)
    return true
  }

  /// Takes one header line. A status line starts a new block (1xx, then the final response),
  /// so only the final response's headers are kept, in the order sent.
  func receiveHeader(_ data: UnsafeRawBufferPointer) -> Bool {
    headerBytes += data.count
    guard headerBytes <= Self.maxHeaderBytes else {
      tooLarge = true
      return false
    }
    var bytes = data[...]
    while let last = bytes.last, last == 0x0A || last == 0x0D { bytes = bytes.dropLast() }
    let line = String(decoding: bytes, as: UTF8.self)
    if line.hasPrefix("HTTP/") {
      headers.removeAll()
    } else if let first = line.first, first == " " || first == "\t", !headers.isEmpty {
      // Obsolete line folding (RFC 9112 §5.2): continues the previous value.
      headers[headers.count - 1].value += " " + trimmed(Substring(line))
    } else if let colon = line.firstIndex(of: ":") {
      headers.append(HTTPHeader(String(line[..<colon]), trimmed(line[line.index(after: colon)...])))
    }
    return true
  }

  private func trimmed(_ text: Substring) -> String {
    var view = text
    while let c = view.first, c == " " || c == "\t" { view.removeFirst() }
    while let c = view.last, c == " " || c == "\t" { view.removeLast() }
    return String(view)
  }
}

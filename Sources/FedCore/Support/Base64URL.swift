/// Base64url (RFC 4648 §5) without padding, as JOSE uses it (RFC 7515 §2).
public enum Base64URL {
  /// A segment that is not base64url, with the offset of the first bad character.
  public struct DecodeError: Error, Sendable, Equatable {
    /// Offset (in characters of the input) of the first character that is not base64url,
    /// or of the end of input when the length is impossible (one character left over).
    public var offset: Int
    public var character: Character?
  }

  static let decodeTable: [UInt8] = {
    var table = [UInt8](repeating: 0xFF, count: 256)
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
    for (i, c) in alphabet.enumerated() { table[Int(c)] = UInt8(i) }
    return table
  }()

  static let encodeTable: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

  /// Decodes unpadded base64url. Trailing `=` padding is tolerated (some JWK producers add it).
  public static func decode(_ text: some StringProtocol) throws(DecodeError) -> [UInt8] {
    if let result = text.utf8.withContiguousStorageIfAvailable({ decodeTrimmingPadding($0) }) {
      return try result.get()
    }
    return try Array(text.utf8).withUnsafeBufferPointer { decodeTrimmingPadding($0) }.get()
  }

  public static func decode(bytes input: [UInt8]) throws(DecodeError) -> [UInt8] {
    try input.withUnsafeBufferPointer { decode(buffer: $0) }.get()
  }

  /// Decodes `input` after dropping trailing `=` (the `String` API's tolerance).
  static func decodeTrimmingPadding(_ input: UnsafeBufferPointer<UInt8>) -> Result<[UInt8], DecodeError> {
    var count = input.count
    while count > 0 && input[count - 1] == UInt8(ascii: "=") { count -= 1 }
    return decode(buffer: UnsafeBufferPointer(rebasing: input[0..<count]))
  }

  /// Four characters to three bytes at a time into an exactly sized array: this runs on every
  /// token segment and key member, so it avoids per-byte appends and bounds checks.
  static func decode(buffer input: UnsafeBufferPointer<UInt8>) -> Result<[UInt8], DecodeError> {
    let count = input.count
    let tail = count % 4
    let outCount = count / 4 * 3 + (tail == 0 ? 0 : tail - 1)
    var bad: Int? = nil
    let out = decodeTable.withUnsafeBufferPointer { table in
      [UInt8](unsafeUninitializedCapacity: Swift.max(outCount, 0)) { out, initialized in
        initialized = 0
        bad = decodeQuads(input, table: table, into: out, written: &initialized)
      }
    }
    if let offset = bad {
      let c = input[offset]
      return .failure(DecodeError(offset: offset, character: c < 0x80 ? Character(UnicodeScalar(c)) : nil))
    }
    if tail == 1 { return .failure(DecodeError(offset: count, character: nil)) }
    return .success(out)
  }

  /// Decodes full groups, then the 2- or 3-character tail; returns the offset of the first
  /// character outside the alphabet, if any. (A 1-character tail is left for the caller.)
  static func decodeQuads(
    _ input: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>,
    written: inout Int
  ) -> Int? {
    var i = 0
    var o = 0
    while i + 4 <= input.count {
      let a = table[Int(input[i])]
      let b = table[Int(input[i + 1])]
      let c = table[Int(input[i + 2])]
      let d = table[Int(input[i + 3])]
      if (a | b | c | d) & 0x80 != 0 { return firstBad(input, from: i, table: table) }
      let v = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
      out[o] = UInt8(truncatingIfNeeded: v >> 16)
      out[o + 1] = UInt8(truncatingIfNeeded: v >> 8)
      out[o + 2] = UInt8(truncatingIfNeeded: v)
      i += 4
      o += 3
      written = o
    }
    let rest = input.count - i
    if let bad = firstBad(input, from: i, table: table) { return bad }
    if rest >= 2 {
      var v = UInt32(table[Int(input[i])]) << 18 | UInt32(table[Int(input[i + 1])]) << 12
      if rest == 3 { v |= UInt32(table[Int(input[i + 2])]) << 6 }
      out[o] = UInt8(truncatingIfNeeded: v >> 16)
      if rest == 3 { out[o + 1] = UInt8(truncatingIfNeeded: v >> 8) }
      written = o + rest - 1
    }
    return nil
  }

  static func firstBad(_ input: UnsafeBufferPointer<UInt8>, from start: Int, table: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = start
    while i < input.count {
      if table[Int(input[i])] == 0xFF { return i }
      i += 1
    }
    return nil
  }

  public static func encode(_ bytes: some Collection<UInt8>) -> String {
    let table = encodeTable
    var out: [UInt8] = []
    out.reserveCapacity((bytes.count * 4 + 2) / 3)
    var acc: UInt32 = 0
    var bits = 0
    for b in bytes {
      acc = (acc << 8) | UInt32(b)
      bits += 8
      while bits >= 6 {
        bits -= 6
        out.append(table[Int((acc >> UInt32(bits)) & 0x3F)])
      }
    }
    if bits > 0 { out.append(table[Int((acc << UInt32(6 - bits)) & 0x3F)]) }
    return String(decoding: out, as: UTF8.self)
  }
}

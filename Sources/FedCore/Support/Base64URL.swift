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
    var utf8 = Array(text.utf8)
    while utf8.last == UInt8(ascii: "=") { utf8.removeLast() }
    return try decode(bytes: utf8)
  }

  public static func decode(bytes input: [UInt8]) throws(DecodeError) -> [UInt8] {
    let table = decodeTable
    var out: [UInt8] = []
    out.reserveCapacity(input.count * 3 / 4)
    var acc: UInt32 = 0
    var bits = 0
    for (i, c) in input.enumerated() {
      let v = table[Int(c)]
      if v == 0xFF {
        throw DecodeError(offset: i, character: c < 0x80 ? Character(UnicodeScalar(c)) : nil)
      }
      acc = (acc << 6) | UInt32(v)
      bits += 6
      if bits >= 8 {
        bits -= 8
        out.append(UInt8((acc >> UInt32(bits)) & 0xFF))
      }
    }
    if input.count % 4 == 1 { throw DecodeError(offset: input.count, character: nil) }
    return out
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

/// The text of a token file, whatever its encoding. PowerShell's `>` writes UTF-16 with a
/// byte-order mark, some editors a UTF-8 BOM: both are decoded, and the mark is kept as U+FEFF
/// at the start so that `TokenInput` removes it and reports `token-cleaned`. Any other invalid
/// UTF-8 byte becomes U+FFFD, which `TokenDecoder` reports as `token-malformed` with the byte's
/// offset (`TokenDecodeError.notUTF8`), so the report is written as usual.
public enum TokenFileText {
  public static func decode(_ bytes: [UInt8]) -> String {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "\u{FEFF}" + String(decoding: bytes.dropFirst(3), as: UTF8.self) }
    if bytes.starts(with: [0xFF, 0xFE]) { return "\u{FEFF}" + utf16(bytes.dropFirst(2), littleEndian: true) }
    if bytes.starts(with: [0xFE, 0xFF]) { return "\u{FEFF}" + utf16(bytes.dropFirst(2), littleEndian: false) }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var i = bytes.startIndex
    while i + 1 < bytes.endIndex {
      let a = UInt16(bytes[i])
      let b = UInt16(bytes[i + 1])
      units.append(littleEndian ? a | b << 8 : a << 8 | b)
      i += 2
    }
    var text = String(decoding: units, as: UTF16.self)
    if i < bytes.endIndex { text += "\u{FFFD}" }  // an odd trailing byte
    return text
  }
}

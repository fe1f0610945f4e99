/// Converts JWS ECDSA signatures (RFC 7518 §3.4: fixed-width `r || s`) to the DER
/// `ECDSA-Sig-Value` (RFC 3279 §2.2.3) that libcrypto verifies.
enum ECDSASignature {
  /// DER encoding of `raw`, or nil when `raw` is not exactly `2 * coordinateSize` bytes.
  static func der(fromRaw raw: UnsafeRawBufferPointer, coordinateSize: Int) -> [UInt8]? {
    guard raw.count == 2 * coordinateSize, coordinateSize > 0 else { return nil }
    var body: [UInt8] = []
    body.reserveCapacity(2 * coordinateSize + 8)
    appendInteger(raw[0..<coordinateSize], to: &body)
    appendInteger(raw[coordinateSize...], to: &body)
    var out: [UInt8] = [0x30]
    out.reserveCapacity(body.count + 3)
    appendLength(body.count, to: &out)
    out.append(contentsOf: body)
    return out
  }

  /// A DER INTEGER holding the unsigned big-endian `bytes`: minimal, with a 0x00 prefix
  /// when the top bit is set so the value stays positive.
  static func appendInteger(_ bytes: Slice<UnsafeRawBufferPointer>, to out: inout [UInt8]) {
    var start = bytes.startIndex
    while start < bytes.endIndex - 1, bytes[start] == 0 { start += 1 }
    let significant = bytes[start...]
    let pad = significant.first.map { $0 & 0x80 != 0 } ?? false
    out.append(0x02)
    appendLength(significant.count + (pad ? 1 : 0), to: &out)
    if pad { out.append(0) }
    out.append(contentsOf: significant)
  }

  /// DER definite length: short form under 128, else long form (at most two bytes here).
  static func appendLength(_ length: Int, to out: inout [UInt8]) {
    if length < 0x80 {
      out.append(UInt8(length))
    } else if length <= 0xFF {
      out.append(contentsOf: [0x81, UInt8(length)])
    } else {
      out.append(contentsOf: [0x82, UInt8(length >> 8), UInt8(length & 0xFF)])
    }
  }
}

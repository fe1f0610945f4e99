/// The size of a big-endian RSA exponent (RFC 7518 §6.3.1.2 `e`), leading zero bytes ignored.
enum RSAExponent {
  static func bits(_ bytes: [UInt8]) -> Int {
    guard let first = bytes.firstIndex(where: { $0 != 0 }) else { return 0 }
    return (bytes.count - first - 1) * 8 + (8 - bytes[first].leadingZeroBitCount)
  }
}

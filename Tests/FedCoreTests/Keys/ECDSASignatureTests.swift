import Testing

@testable import FedCore

/// JWS `r || s` to DER `ECDSA-Sig-Value` (RFC 7518 §3.4, RFC 3279 §2.2.3).
@Suite struct ECDSASignatureTests {
  static func der(_ raw: [UInt8], _ size: Int) -> [UInt8]? {
    raw.withUnsafeBytes { ECDSASignature.der(fromRaw: $0, coordinateSize: size) }
  }

  @Test func stripsLeadingZerosAndPadsHighBit() {
    let r: [UInt8] = [0, 0, 0x7F, 1]
    let s: [UInt8] = [0x80, 0, 0, 2]
    #expect(Self.der(r + s, 4) == [0x30, 0x0B, 0x02, 0x02, 0x7F, 0x01, 0x02, 0x05, 0x00, 0x80, 0, 0, 2])
  }

  @Test func zeroHalfStaysOneByte() {
    #expect(Self.der([0, 0, 0, 0, 0, 0, 0, 1], 4) == [0x30, 0x06, 0x02, 0x01, 0x00, 0x02, 0x01, 0x01])
  }

  @Test func p521UsesLongFormLength() throws {
    let raw = [UInt8](repeating: 0xFF, count: 132)
    let der = try #require(Self.der(raw, 66))
    // Each INTEGER is 02 43 00 FF…: 2 + 67 bytes; the body is 138 bytes, so the length is 81 8A.
    #expect(Array(der.prefix(5)) == [0x30, 0x81, 0x8A, 0x02, 0x43])
    #expect(der.count == 141)
  }

  @Test(arguments: [0, 63, 65, 72, 128]) func rejectsWrongLengths(_ length: Int) {
    #expect(Self.der([UInt8](repeating: 1, count: length), 32) == nil)
  }
}

import Testing

@testable import FedCore

/// A token file in the wrong encoding is a token problem: UTF-16 or UTF-8 with a byte-order
/// mark is decoded (`token-cleaned`); any other invalid byte is `token-malformed` with its offset.
@Suite struct TokenFileTextTests {
  static let token =
    Base64URL.encode(Array(#"{"alg":"RS256","kid":"k"}"#.utf8)) + "."
    + Base64URL.encode(Array(#"{"iss":"https://gitlab.com","aud":"a","sub":"s","exp":1900000000}"#.utf8)) + ".c2ln"

  static func report(_ bytes: [UInt8]) -> CheckReport {
    let options = CheckOptions(
      tokenText: TokenFileText.decode(bytes), jwksDocument: .init(path: "j.json", bytes: Array(#"{"keys":[]}"#.utf8)),
      now: 1_800_000_000)
    return Checker.runOffline(options)!
  }

  static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
    let bom: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
    return bom + text.utf16.flatMap { u in littleEndian ? [UInt8(u & 0xFF), UInt8(u >> 8)] : [UInt8(u >> 8), UInt8(u & 0xFF)] }
  }

  @Test(arguments: [
    ("UTF-16LE (PowerShell >)", utf16(token + "\r\n", littleEndian: true)), ("UTF-16BE", utf16(token, littleEndian: false)),
    ("UTF-8 BOM", [0xEF, 0xBB, 0xBF] + Array((token + "\n").utf8)),
  ])
  func byteOrderMarkedFilesDecode(name: String, bytes: [UInt8]) throws {
    let report = Self.report(bytes)
    let decoded = try #require(try? report.decoded?.get())
    #expect(decoded.compact == Self.token, "\(name)")
    let cleaned = try #require(report.findings.first { $0.id == .tokenCleaned })
    #expect(cleaned.evidence.contains { $0.value.contains("byte-order mark") })
    #expect(!report.findings.contains { $0.id == .tokenMalformed })
  }

  @Test func otherInvalidBytesAreMalformedWithTheirOffset() throws {
    var bytes = Array(Self.token.utf8)
    bytes[10] = 0xC3  // a lead byte without its continuation
    bytes[11] = 0x28
    let report = Self.report(bytes)
    let malformed = try #require(report.findings.first { $0.id == .tokenMalformed })
    #expect(malformed.evidence("offset") == "byte 10")
    #expect(malformed.evidence("problem")?.contains("not UTF-8") == true)
    #expect(report.exitCode == 1)
    // Latin-1 without any mark is not guessed at either.
    let latin1 = Self.report([0x65, 0x79, 0xE9] + Array(Self.token.utf8.dropFirst(3)))
    #expect(latin1.findings.first { $0.id == .tokenMalformed }?.evidence("offset") == "byte 2")
  }
}

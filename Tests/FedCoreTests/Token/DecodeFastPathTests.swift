import Testing

@testable import FedCore

/// The byte-level fast paths (`TokenInput`, `TokenDecoder.decodeFast`, `Base64URL`, ASCII JSON
/// strings) must give exactly what the general paths give, on success and on every failure.
@Suite struct DecodeFastPathTests {
  static func segment(_ json: String) -> String { Base64URL.encode(Array(json.utf8)) }
  static let header = segment(#"{"alg":"ES256","kid":"k\u00e9","typ":"JWT"}"#)
  static let payload = segment(#"{"iss":"https://ci.example","sub":"caf\u00e9 \ud83d\ude00","exp":1700000000,"n":-1.5e3}"#)
  static let token = "\(header).\(payload).c2lnbmF0dXJl"

  static let inputs: [String] = [
    token,
    token + "==",
    "\(header)=.\(payload).c2ln",
    " \(token)\n",
    "Bearer \(token)",
    "'\(token)'",
    "\(header).\(payload)",
    "\(header).\(payload).c2ln.x",
    "\(header).\(payload).c2ln.x.y",
    "\(header).\(payload).c2l",
    "\(header).\(payload).c",
    "\(header).\(payload).c2l*",
    "\(header)A.\(payload).c2ln",
    "\(segment("[1,2]")).\(payload).c2ln",
    "\(segment("{\"a\":1} x")).\(payload).c2ln",
    "\(header).\(segment("{\"s\":\"\u{7}\"}")).c2ln",
    "\(header).\(Base64URL.encode([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D])).c2ln",
    "é.\(payload).c2ln",
    "..",
    "",
  ]

  @Test(arguments: inputs)
  func fastAndGeneralPathsAgree(raw: String) {
    let input = TokenInput(raw: raw)
    let fast = TokenDecoder.decode(input)
    let general = TokenDecoder.decodeSegments(input.compact, cleanings: input.cleanings)
    if input.compact.isEmpty {
      #expect(fast == .failure(.empty))
    } else {
      #expect(fast == general)
    }
  }

  @Test(arguments: inputs)
  func compactInputNeedsNoCleaning(raw: String) {
    guard TokenInput.isAlreadyCompact(raw) else { return }
    let input = TokenInput(raw: raw)
    #expect(input.compact == raw)
    #expect(input.cleanings.isEmpty)
  }

  @Test func signingInputAndSignatureSegment() throws {
    let jwt = try TokenDecoder.decode(Self.token).get()
    #expect(String(Substring(jwt.signingInput)) == "\(Self.header).\(Self.payload)")
    #expect(jwt.encodedSignature == "c2lnbmF0dXJl")
    #expect(jwt.header["kid"] == .string("ké"))
    #expect(jwt.claims["sub"] == .string("café 😀"))
  }

  /// The bit-accumulator decoder this file's fast decoder replaced, as the reference.
  static func referenceDecode(_ input: [UInt8]) -> Result<[UInt8], Base64URL.DecodeError> {
    var out: [UInt8] = []
    var acc: UInt32 = 0
    var bits = 0
    for (i, c) in input.enumerated() {
      let v = Base64URL.decodeTable[Int(c)]
      if v == 0xFF { return .failure(.init(offset: i, character: c < 0x80 ? Character(UnicodeScalar(c)) : nil)) }
      acc = (acc << 6) | UInt32(v)
      bits += 6
      if bits >= 8 {
        bits -= 8
        out.append(UInt8((acc >> UInt32(bits)) & 0xFF))
      }
    }
    if input.count % 4 == 1 { return .failure(.init(offset: input.count, character: nil)) }
    return .success(out)
  }

  @Test(arguments: 0..<40)
  func base64MatchesTheReference(length: Int) {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
    let text = Array(Base64URL.encode(bytes).utf8)
    #expect((try? Base64URL.decode(bytes: text)) == bytes)
    #expect(Result { () throws(Base64URL.DecodeError) in try Base64URL.decode(bytes: text) } == Self.referenceDecode(text))
    for position in [0, text.count / 2, text.count - 1] where position >= 0 && position < text.count {
      for bad: UInt8 in [UInt8(ascii: "+"), UInt8(ascii: "="), 0xC3] {
        var broken = text
        broken[position] = bad
        let got = Result { () throws(Base64URL.DecodeError) in try Base64URL.decode(bytes: broken) }
        #expect(got == Self.referenceDecode(broken))
      }
    }
    var extra = text
    extra.append(UInt8(ascii: "A"))
    #expect(Result { () throws(Base64URL.DecodeError) in try Base64URL.decode(bytes: extra) } == Self.referenceDecode(extra))
  }
}

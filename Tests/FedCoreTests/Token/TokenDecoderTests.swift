import Testing

@testable import FedCore

@Suite struct TokenDecoderTests {
  static func segment(_ json: String) -> String { Base64URL.encode(Array(json.utf8)) }
  static let header = segment(#"{"alg":"RS256","kid":"k1","typ":"JWT"}"#)
  static let payload = segment(#"{"iss":"https://gitlab.com","aud":["a","b"],"exp":1.5e9,"iat":1700000000,"ref_protected":"true"}"#)
  static let token = "\(header).\(payload).c2ln"

  @Test func decodesWithTypesAndOrder() throws {
    let jwt = try TokenDecoder.decode(Self.token).get()
    #expect(jwt.alg == "RS256")
    #expect(jwt.kid == "k1")
    #expect(jwt.iss == "https://gitlab.com")
    #expect(jwt.aud == .multiple(["a", "b"]))
    #expect(jwt.exp == .notInteger(.float(1.5e9)))
    #expect(jwt.iat == .integer(1_700_000_000))
    #expect(jwt.claims["ref_protected"] == .string("true"))
    #expect(jwt.claimMembers.map(\.name) == ["iss", "aud", "exp", "iat", "ref_protected"])
    #expect(jwt.signature == Array("sig".utf8))
    #expect(String(Substring(jwt.signingInput)) == "\(Self.header).\(Self.payload)")
    #expect(jwt.cleanings.isEmpty)
  }

  @Test func cleansPastedText() throws {
    let pasted = "  \"Bearer \(Self.token.prefix(20))\n  \(Self.token.dropFirst(20))\"\n"
    let jwt = try TokenDecoder.decode(pasted).get()
    #expect(jwt.compact == Self.token)
    #expect(jwt.cleanings == [.bearerPrefix, .quotes, .whitespace])
  }

  @Test func reportsBadSegmentAndOffset() {
    let bad = "\(Self.header).\(Self.payload.prefix(5))*\(Self.payload.dropFirst(6)).c2ln"
    let offset = Self.header.count + 1 + 5
    #expect(TokenDecoder.decode(bad) == .failure(.badBase64(segment: .payload, offset: offset, segmentOffset: 5)))
  }

  @Test func recognisesJWEAndSegmentCounts() {
    guard case .failure(.encrypted) = TokenDecoder.decode("\(Self.header).a.b.c.d") else {
      Issue.record("five segments should be a JWE")
      return
    }
    #expect(TokenDecoder.decode("a.b") == .failure(.wrongSegmentCount(2)))
    #expect(TokenDecoder.decode("  ") == .failure(.empty))
  }

  @Test func headerMustBeAnObject() {
    let arrayHeader = Self.segment("[1]")
    #expect(TokenDecoder.decode("\(arrayHeader).\(Self.payload).") == .failure(.notObject(segment: .header, found: "array")))
    let notJSON = Self.segment("{nope")
    guard case .failure(.notJSON(segment: .header, _)) = TokenDecoder.decode("\(notJSON).\(Self.payload).") else {
      Issue.record("expected notJSON")
      return
    }
  }
}

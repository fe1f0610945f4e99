import Testing

@testable import FedCore

/// Hostile key sets cost bounded work: a 4 MiB JWKS of thousands of same-`kid` RSA keys, with
/// 2048-bit exponents or with normal ones. Figures are printed, not asserted.
@Suite struct BoundedWorkTests {
  static func b64(_ bytes: [UInt8]) -> String { Base64URL.encode(bytes) }

  static func randomBytes(_ n: Int, top: UInt8 = 0x80) -> [UInt8] {
    var bytes = (0..<n).map { _ in UInt8.random(in: 0...255) }
    bytes[0] |= top
    bytes[n - 1] |= 1
    return bytes
  }

  /// `count` RSA-2048 keys, all `kid` k1; each exponent `exponentBytes` long.
  static func jwks(count: Int, exponentBytes: Int?) -> [UInt8] {
    let n = b64(randomBytes(256))
    let e = exponentBytes.map { b64(randomBytes($0)) } ?? "AQAB"
    let key = #"{"kty":"RSA","kid":"k1","use":"sig","n":"\#(n)","e":"\#(e)"}"#
    return Array((#"{"keys":["# + Array(repeating: key, count: count).joined(separator: ",") + "]}").utf8)
  }

  static let token =
    b64(Array(#"{"alg":"RS256","kid":"k1","typ":"JWT"}"#.utf8)) + "."
    + b64(
      Array(
        #"{"iss":"https://gitlab.com","sub":"project_path:g/p:ref_type:branch:ref:main","aud":"sts.amazonaws.com","exp":1700000300,"iat":1700000000}"#
          .utf8))
    + "." + b64(randomBytes(256))

  static func check(_ jwks: [UInt8]) -> (CheckReport, Duration) {
    let options = CheckOptions(
      tokenText: token, audiences: ["sts.amazonaws.com"], jwksDocument: .init(path: "jwks.json", bytes: jwks), now: 1_700_000_100)
    let start = ContinuousClock.now
    let report = Checker.runOffline(options)!
    _ = report.jsonText(pretty: false)
    return (report, ContinuousClock.now - start)
  }

  @Test func hugeExponentsAreNotUsed() {
    let jwks = Self.jwks(count: 5_500, exponentBytes: 256)
    let (report, elapsed) = Self.check(jwks)
    print("offline check, \(jwks.count)-byte JWKS of 5,500 keys with 2048-bit exponents: \(elapsed)")
    #expect(jwks.count <= Limits.jwksBytes)
    #expect(report.findings.contains { $0.id == .jwksExponentTooLarge })
    #expect(report.findings.contains { $0.id == .jwksInvalid })
    #expect(!report.findings.contains { $0.id == .signatureInvalid || $0.id == .signatureVerified })
  }

  @Test func sameKidKeysAreTriedUpToTheCap() throws {
    let jwks = Self.jwks(count: 5_500, exponentBytes: nil)
    let (report, elapsed) = Self.check(jwks)
    print("offline check, \(jwks.count)-byte JWKS of 5,500 same-kid keys: \(elapsed)")
    let invalid = try #require(report.findings.first { $0.id == .signatureInvalid })
    let tried = invalid.evidence("keys tried")?.split(separator: ",").count
    #expect(tried == Limits.signatureCandidates)
    let duplicate = try #require(report.findings.first { $0.id == .jwksDuplicateKid })
    #expect(duplicate.evidence("kid k1") == "5500 keys")
    #expect(duplicate.evidence("tried")?.contains("first \(Limits.signatureCandidates) of the 5500") == true)
  }

  @Test(arguments: [([0x01, 0x00, 0x01], 17), ([0x00, 0x00, 0x03], 2), ([], 0), ([0xFF] + Array(repeating: 0, count: 8), 72)])
  func exponentBits(bytes: [UInt8], bits: Int) {
    #expect(RSAExponent.bits(bytes) == bits)
  }

  @Test func exponentJustOverTheLimitIsAProblem() throws {
    let jwks =
      #"{"keys":[{"kty":"RSA","kid":"a","n":"\#(Self.b64(Self.randomBytes(256)))","e":"\#(Self.b64([0x01] + Array(repeating: 0, count: 8)))"}]}"#
    guard case .failure(.noUsableKey(let keys)) = JWKSet.parse(Array(jwks.utf8)) else {
      Issue.record("a 65-bit exponent was accepted")
      return
    }
    #expect(keys.first?.problems.contains(.exponentTooLarge(bits: 65)) == true)
  }
}

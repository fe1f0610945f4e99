import Testing

@testable import FedCore

/// Why a token does not verify: unsupported `alg`, unknown `kid`, incompatible key, bad signature.
@Suite struct VerificationOutcomeTests {
  static func jwt(_ header: String, signature: [UInt8] = [1, 2, 3]) throws -> JWT {
    let compact = "\(Base64URL.encode(Array(header.utf8))).\(Base64URL.encode(Array(#"{"sub":"x"}"#.utf8))).\(Base64URL.encode(signature))"
    return try TokenDecoder.decode(compact).get()
  }

  /// The RFC 7520 RSA (index 0) and P-521 (index 1) keys, plus an `enc` P-256 key (index 2).
  static func set() throws -> JWKSet {
    let encKey = #"{"kty":"EC","kid":"enc","use":"enc","crv":"P-256","x":"\#(p256X)","y":"\#(p256Y)"}"#
    let document = #"{"keys":[\#(RFC7520.rsaPublicKey),\#(RFC7520.ecPublicKey),\#(encKey)]}"#
    return try JWKSet.parse(Array(document.utf8)).get()
  }

  // The P-256 generator point (SEC 2), a valid public point.
  static let p256X = "axfR8uEsQkf4vOblY6RA8ncDfYEt6zOg9KE5RdiYwpY"
  static let p256Y = "T-NC4v4af5uO5-tKfA-eFivOM1drMV7Oy7ZAaDe_UfU"

  static let bilbo = "bilbo.baggins@hobbiton.example"

  @Test(arguments: [#"{"alg":"none"}"#, #"{"alg":"HS256","kid":"x"}"#, #"{"kid":"x"}"#, #"{"alg":"ES256K"}"#, #"{"alg":7}"#])
  func unsupportedAlgorithms(_ header: String) throws {
    let token = try Self.jwt(header)
    #expect(SignatureVerifier.verify(token, with: try Self.set()) == .unsupportedAlgorithm(token.alg))
    #expect(SignatureVerifier.verify(token, with: try Self.set()).ruleID == .algUnsupported)
  }

  @Test func unknownKidListsAvailableKids() throws {
    let outcome = SignatureVerifier.verify(try Self.jwt(#"{"alg":"RS256","kid":"example-key-id"}"#), with: try Self.set())
    #expect(outcome == .kidNotFound(kid: "example-key-id", availableKids: [Self.bilbo, Self.bilbo, "enc"]))
    #expect(outcome.ruleID == .jwksKidNotFound)
  }

  /// GitHub's docs example token names `example-key-id`, which GitHub's set does not hold.
  @Test func githubDocsExampleKidIsNotInGithubSet() throws {
    let header = try Fixtures.string("github/docs-example.header.json")
    let set = try JWKSet.parse(Fixtures.bytes("github/token.actions.githubusercontent.com.jwks.2026.json")).get()
    guard case .kidNotFound("example-key-id", let kids) = SignatureVerifier.verify(try Self.jwt(header), with: set) else {
      Issue.record("expected kid-not-found")
      return
    }
    #expect(kids == set.kids)
  }

  struct MismatchCase: Sendable, CustomTestStringConvertible {
    var header: String
    var reasons: [KeyMismatchReason]
    var testDescription: String { header }
  }

  static let mismatches: [MismatchCase] = [
    // Same kid on an RSA and an EC key: each says why it cannot produce EdDSA.
    MismatchCase(
      header: #"{"alg":"EdDSA","kid":"\#(bilbo)"}"#,
      reasons: [.keyType(required: "OKP", found: "RSA"), .keyType(required: "OKP", found: "EC")]),
    MismatchCase(
      header: #"{"alg":"ES384","kid":"\#(bilbo)"}"#,
      reasons: [.keyType(required: "EC", found: "RSA"), .curve(required: .p384, found: "P-521")]),
    MismatchCase(header: #"{"alg":"ES256","kid":"enc"}"#, reasons: [.use("enc")]),
  ]

  @Test(arguments: mismatches) func incompatibleKeysSayWhy(_ c: MismatchCase) throws {
    let set = try Self.set()
    guard case .noCompatibleKey(_, _, let found) = SignatureVerifier.verify(try Self.jwt(c.header), with: set) else {
      Issue.record("expected key-alg-mismatch")
      return
    }
    #expect(found.map(\.reason) == c.reasons)
  }

  @Test func algMemberMustMatch() throws {
    let set = try JWKSet.parse(Fixtures.bytes("other/aws-sts-outbound-federation.jwks.json")).get()
    let outcome = SignatureVerifier.verify(try Self.jwt(#"{"alg":"ES512","kid":"EC384_0"}"#), with: set)
    #expect(
      outcome
        == .noCompatibleKey(
          alg: .es512, selection: .byKid("EC384_0"),
          mismatches: [KeyMismatch(key: KeyReference(index: 1, kid: "EC384_0"), reason: .curve(required: .p521, found: "P-384"))]))
    let gitlab = try JWKSet.parse(Fixtures.bytes("gitlab/gitlab.com.oauth-discovery-keys.2024-10-01.json")).get()
    let kid = "4i3sFE7sxqNPOT7FdvcGA1ZVGGI_r-tsDXnEuYT4ZqE"
    let ps = SignatureVerifier.verify(try Self.jwt(#"{"alg":"PS256","kid":"\#(kid)"}"#), with: gitlab)
    #expect(
      ps
        == .noCompatibleKey(
          alg: .ps256, selection: .byKid(kid), mismatches: [KeyMismatch(key: KeyReference(index: 1, kid: kid), reason: .algMember("RS256"))]
        ))
    #expect(ps.ruleID == .keyAlgMismatch)
  }

  @Test func rsaSignatureOfWrongLengthIsADefect() throws {
    let outcome = SignatureVerifier.verify(try Self.jwt(#"{"alg":"RS256","kid":"\#(Self.bilbo)"}"#), with: try Self.set())
    #expect(
      outcome
        == .signatureInvalid(
          alg: .rs256, selection: .byKid(Self.bilbo), tried: [KeyReference(index: 0, kid: Self.bilbo)],
          defect: .wrongLength(expected: 256, found: 3)))
    #expect(outcome.ruleID == .signatureInvalid)
  }

  @Test func noKidWithNoCompatibleKeyListsEveryKey() throws {
    let outcome = SignatureVerifier.verify(try Self.jwt(#"{"alg":"EdDSA"}"#), with: try Self.set())
    guard case .noCompatibleKey(.eddsa, .noKidTriedAllKeys, let found) = outcome else {
      Issue.record("expected key-alg-mismatch over all keys, got \(outcome)")
      return
    }
    #expect(found.map(\.key.index) == [0, 1, 2])
  }

  @Test func pointNotOnCurveFailsImport() throws {
    let bad = #"{"keys":[{"kty":"EC","kid":"bad","crv":"P-256","x":"\#(Self.p256X)","y":"\#(Self.p256X)"}]}"#
    let set = try JWKSet.parse(Array(bad.utf8)).get()
    let outcome = SignatureVerifier.verify(try Self.jwt(#"{"alg":"ES256","kid":"bad"}"#), with: set)
    guard case .noCompatibleKey(_, _, let found) = outcome, case .importFailed(.rejected) = found.first?.reason else {
      Issue.record("expected an import failure, got \(outcome)")
      return
    }
  }
}

/// Messages carry network strings only after `TextSafety.escaped`.
@Suite struct KeyMessageTests {
  @Test func kidsAreEscapedForTheTerminal() throws {
    let set = try VerificationOutcomeTests.set()
    let outcome = SignatureVerifier.verify(try VerificationOutcomeTests.jwt("{\"alg\":\"RS256\",\"kid\":\"a\\u001b[2Jb\"}"), with: set)
    guard case .kidNotFound(let kid, _) = outcome else {
      Issue.record("expected kid-not-found")
      return
    }
    #expect(kid.unicodeScalars.contains("\u{1B}"))
    #expect(!outcome.message.unicodeScalars.contains("\u{1B}"))
    #expect(outcome.message.contains(TextSafety.escaped(kid)))
  }
}

/// Degenerate keys and signatures from hostile sets: never a crash, never "verified".
@Suite struct DegenerateKeyTests {
  static let rsaKeys = [
    #"{"kty":"RSA","kid":"k","n":"","e":"AQAB"}"#,
    #"{"kty":"RSA","kid":"k","n":"AA","e":"AQAB"}"#,
    #"{"kty":"RSA","kid":"k","n":"AQAB","e":""}"#,
    #"{"kty":"RSA","kid":"k","n":"\#(Base64URL.encode([UInt8](repeating: 0xFF, count: 256)))","e":"AA"}"#,
    #"{"kty":"RSA","kid":"k","n":"\#(Base64URL.encode([UInt8](repeating: 0xFF, count: 256)))","e":"AQ"}"#,
    #"{"kty":"RSA","kid":"k","n":"\#(Base64URL.encode([UInt8](repeating: 0xFF, count: 3000)))","e":"AQAB"}"#,
    #"{"kty":"OKP","kid":"k","crv":"Ed25519","x":"\#(Base64URL.encode([UInt8](repeating: 0, count: 32)))"}"#,
  ]

  @Test(arguments: rsaKeys, [0, 1, 64, 256, 375]) func neverVerifies(_ key: String, signatureLength: Int) throws {
    let signature = [UInt8](repeating: 0x01, count: signatureLength)
    let alg = key.contains("OKP") ? "EdDSA" : "RS256"
    let outcome: VerificationOutcome
    switch JWKSet.parse(Array(#"{"keys":[\#(key)]}"#.utf8)) {
    case .failure: return
    case .success(let set):
      outcome = SignatureVerifier.verify(try VerificationOutcomeTests.jwt(#"{"alg":"\#(alg)","kid":"k"}"#, signature: signature), with: set)
    }
    #expect(!outcome.isVerified)
  }
}

import Testing

@testable import FedCore

/// JWKS parsing: real provider sets from Tests/Fixtures, per-key problems, set-level errors.
@Suite struct JWKSetParseTests {
  struct FixtureCase: Sendable, CustomTestStringConvertible {
    var file: String
    var kids: [String]
    var rsaCount: Int
    var ecCount: Int
    var modulusBits: [Int?]
    var testDescription: String { file }
  }

  static let fixtures: [FixtureCase] = [
    FixtureCase(
      file: "github/token.actions.githubusercontent.com.jwks.2026.json",
      kids: [
        "cc413527-173f-5a05-976e-9c52b1d7b431", "38826b17-6a30-5f9b-b169-8beb8202f723",
        "38E9B30B3A023A1B72309921A69A42FCC496C42C", "4F3E9AD8C9A6F5EB3173006F4FA630E28F43DCE9",
      ], rsaCount: 4, ecCount: 0, modulusBits: [2048, 2048, 2048, 2048]),
    FixtureCase(
      file: "gitlab/gitlab.com.oauth-discovery-keys.2024-10-01.json",
      kids: ["kewiQq9jiC84CvSsJYOB-N6A8WFLSV20Mb-y7IlWDSQ", "4i3sFE7sxqNPOT7FdvcGA1ZVGGI_r-tsDXnEuYT4ZqE"],
      rsaCount: 2, ecCount: 0, modulusBits: [4096, 2048]),
    FixtureCase(
      file: "other/aws-sts-outbound-federation.jwks.json", kids: ["RSA_0", "EC384_0"], rsaCount: 1, ecCount: 1,
      modulusBits: [2048, nil]),
    FixtureCase(
      file: "other/forgejo-actions.example.org.jwks.v15.json", kids: ["SNNttXGzw6l53JC158lXddjSjQ5bJ9bdTTqTi12gaLY"],
      rsaCount: 1, ecCount: 0, modulusBits: [2048]),
  ]

  @Test(arguments: fixtures) func parsesRealSets(_ fixture: FixtureCase) throws {
    let set = try JWKSet.parse(Fixtures.bytes(fixture.file)).get()
    #expect(set.kids == fixture.kids)
    #expect(set.rsaCount == fixture.rsaCount)
    #expect(set.ecCount == fixture.ecCount)
    #expect(set.keys.map(\.rsaModulusBits) == fixture.modulusBits)
    #expect(set.keys.allSatisfy { $0.problems.isEmpty && $0.isUsable })
    #expect(set.keys.map(\.index) == Array(0..<fixture.kids.count))
    #expect(!set.exceedsSTSKeyLimit)
    for key in set.keys { #expect(key.publicKey().isSuccess) }
  }

  @Test func keepsRawMembersIncludingX5c() throws {
    let set = try JWKSet.parse(Fixtures.bytes("github/token.actions.githubusercontent.com.jwks.2026.json")).get()
    let withCert = try #require(set.keys(withKid: "38826b17-6a30-5f9b-b169-8beb8202f723").first)
    #expect(withCert.members.objectMembers?.map(\.name) == ["kty", "alg", "use", "kid", "n", "e", "x5c", "x5t"])
    #expect(withCert.members["x5c"]?.arrayValue?.count == 1)
    #expect(withCert.alg == "RS256" && withCert.use == "sig")
    #expect(set.keys(withKid: "38e9b30b3a023a1b72309921a69a42fcc496c42c").isEmpty, "kid matching is case-sensitive")
  }

  @Test func readsTheAWSEllipticCurveKey() throws {
    let set = try JWKSet.parse(Fixtures.bytes("other/aws-sts-outbound-federation.jwks.json")).get()
    let ec = try #require(set.keys(withKid: "EC384_0").first)
    guard case .ec(let curve, let x, let y) = ec.material else {
      Issue.record("expected EC material, got \(String(describing: ec.material))")
      return
    }
    #expect(curve == .p384 && x.count == 48 && y.count == 48)
    #expect(try ec.publicKey().get().bits == 384)
    #expect(set.keys(withKid: "RSA_0").first?.alg == nil)
  }

  // MARK: Per-key problems

  struct ProblemCase: Sendable, CustomTestStringConvertible {
    var name: String
    var key: String
    var problems: [JWKProblem]
    var usable: Bool
    var testDescription: String { name }
  }

  static let ed = #""crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo""#
  static let problemCases: [ProblemCase] = [
    ProblemCase(name: "missing kid", key: #"{"kty":"OKP",\#(ed)}"#, problems: [.missingKid], usable: true),
    ProblemCase(
      name: "numeric kid", key: #"{"kty":"OKP","kid":7,\#(ed)}"#, problems: [.wrongType(member: "kid", found: "integer")], usable: true),
    ProblemCase(
      name: "unknown kty", key: #"{"kty":"oct","kid":"h","k":"c2VjcmV0"}"#, problems: [.unknownKty("oct"), .privateMaterial(["k"])],
      usable: false),
    ProblemCase(name: "missing kty", key: #"{"kid":"a","n":"AQAB","e":"AQAB"}"#, problems: [.missingKty], usable: false),
    ProblemCase(
      name: "unknown crv", key: #"{"kty":"EC","kid":"k1","crv":"secp256k1","x":"AA","y":"AA"}"#, problems: [.unknownCurve("secp256k1")],
      usable: false),
    ProblemCase(
      name: "OKP X25519", key: #"{"kty":"OKP","kid":"x","crv":"X25519","x":"AA"}"#, problems: [.unknownCurve("X25519")], usable: false),
    ProblemCase(
      name: "bad base64", key: #"{"kty":"RSA","kid":"b","n":"ab+c","e":"AQAB"}"#, problems: [.badBase64(member: "n", offset: 2)],
      usable: false),
    ProblemCase(name: "missing e", key: #"{"kty":"RSA","kid":"b","n":"AQAB"}"#, problems: [.missingMember("e")], usable: false),
    ProblemCase(
      name: "weak RSA", key: #"{"kty":"RSA","kid":"w","n":"\#(weakModulus)","e":"AQAB"}"#, problems: [.weakRSAKey(bits: 1024)], usable: true
    ),
    ProblemCase(
      name: "short EC x", key: #"{"kty":"EC","kid":"s","crv":"P-256","x":"AQAB","y":"AQAB"}"#,
      problems: [.wrongCoordinateLength(member: "x", expected: 32, found: 3), .wrongCoordinateLength(member: "y", expected: 32, found: 3)],
      usable: false),
    ProblemCase(name: "not an object", key: #""RSA""#, problems: [.notObject(found: "string")], usable: false),
  ]

  /// A 1024-bit modulus (top bit set) for the weak-key case.
  static let weakModulus = Base64URL.encode([0xC0] + [UInt8](repeating: 0x5A, count: 127))

  @Test(arguments: problemCases) func reportsProblemsPerKey(_ c: ProblemCase) throws {
    let good = #"{"kty":"RSA","kid":"good","n":"\#(Base64URL.encode([0xC0] + [UInt8](repeating: 1, count: 255)))","e":"AQAB"}"#
    let set = try JWKSet.parse(Array(#"{"keys":[\#(good),\#(c.key)]}"#.utf8)).get()
    #expect(set.keys.count == 2)
    #expect(set.keys[0].problems.isEmpty)
    #expect(set.keys[1].problems == c.problems)
    #expect(set.keys[1].isUsable == c.usable)
  }

  @Test func marksDuplicateKids() throws {
    let key = #"{"kty":"OKP","kid":"same",\#(Self.ed)}"#
    let set = try JWKSet.parse(Array(#"{"keys":[\#(key),\#(key)]}"#.utf8)).get()
    #expect(set.keys[1].problems == [.duplicateKid(firstIndex: 0)])
    #expect(set.keys(withKid: "same").count == 2)
  }

  // MARK: Set-level errors

  @Test func refusesDocumentsThatAreNotKeySets() {
    guard case .failure(.notJSON(let error)) = JWKSet.parse(Array("{\"keys\":[".utf8)) else {
      Issue.record("expected notJSON")
      return
    }
    #expect(error.reason == .unexpectedEnd)
    #expect(JWKSet.parse(Array("[1]".utf8)) == .failure(.notObject(found: "array")))
    #expect(JWKSet.parse(Array(#"{"key":[]}"#.utf8)) == .failure(.noKeysArray(found: nil)))
    #expect(JWKSet.parse(Array(#"{"keys":{}}"#.utf8)) == .failure(.noKeysArray(found: "object")))
    #expect(JWKSet.parse(Array(#"{"keys":[]}"#.utf8)) == .failure(.noUsableKey([])))
  }

  @Test func refusesSetsWithoutUsableKey() {
    guard case .failure(.noUsableKey(let keys)) = JWKSet.parse(Array(#"{"keys":[{"kty":"oct","k":"AA"},{"kty":"RSA"}]}"#.utf8)) else {
      Issue.record("expected noUsableKey")
      return
    }
    #expect(
      keys.map(\.problems) == [
        [.missingKid, .unknownKty("oct"), .privateMaterial(["k"])],
        [.missingKid, .missingMember("n"), .missingMember("e")],
      ])
  }

  @Test func countsKeysAgainstTheSTSLimit() throws {
    let ec = #"{"kty":"EC","crv":"P-256","x":"AA","y":"AA"}"#
    let rsa = #"{"kty":"RSA","kid":"r","n":"\#(Self.weakModulus)","e":"AQAB"}"#
    let elements = Array(repeating: ec, count: 101) + [rsa]
    let set = try JWKSet.parse(Array(#"{"keys":[\#(elements.joined(separator: ","))]}"#.utf8)).get()
    #expect(set.ecCount == 101 && set.rsaCount == 1)
    #expect(set.exceedsSTSKeyLimit)
    #expect(set.usableKeys.map(\.index) == [101])
  }
}

extension Result {
  var isSuccess: Bool { if case .success = self { true } else { false } }
}

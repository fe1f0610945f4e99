import FedCore
import Testing

/// Rules that read the provider side, each with an in-memory snapshot; the demo token (signed
/// by the demo CI key) stands in for a real one.
@Suite struct ProviderRuleTests {
  static let token = DemoScenario.token
  static let now = DemoScenario.now
  static var kid: String { try! TokenDecoder.decode(token).get().kid! }
  static let base = "https://gitlab.example.com"

  static func run(_ snapshot: ProviderSnapshot, token: String? = token) -> [Finding] {
    TestToken.diagnose(token, snapshot: snapshot, now: now)
  }

  static func snap(jwks: String, headers: [HTTPHeader] = [], discoveryIssuer: String? = nil, jwksURI: String? = nil) -> ProviderSnapshot {
    TestDocs.snapshot(issuer: base, discoveryIssuer: discoveryIssuer, jwksURI: jwksURI, jwks: jwks, jwksHeaders: headers)
  }

  /// The demo application key's members, reused to build sets of any size.
  static var appKeyMembers: String {
    let set = try! JSONParser.parse(DemoScenario.applicationKeyJWKS)
    let key = set["keys"]!.arrayValue![0]
    return #""kty":"RSA","e":"\#(key["e"]!.stringValue!)","n":"\#(key["n"]!.stringValue!)""#
  }

  @Test func signatureVerifiedNamesTheKey() {
    let f = Self.run(Self.snap(jwks: DemoScenario.ciKeyJWKS)).first(.signatureVerified)
    #expect(f?.severity == .info)
    #expect(f?.evidence("key") == "kid \(Self.kid)")
  }

  @Test func tamperedSignatureIsInvalid() {
    var chars = Array(Self.token)
    let i = chars.count - 10
    chars[i] = chars[i] == "A" ? "B" : "A"
    let f = Self.run(Self.snap(jwks: DemoScenario.ciKeyJWKS), token: String(chars)).first(.signatureInvalid)
    #expect(f?.severity == .error)
    #expect(f?.evidence("keys tried")?.contains(Self.kid) == true)
  }

  @Test func ecKeyForRS256IsAlgMismatch() {
    let x = Base64URL.encode([UInt8](repeating: 7, count: 32))
    let jwks = #"{"keys":[{"kty":"EC","crv":"P-256","kid":"\#(Self.kid)","x":"\#(x)","y":"\#(x)"},{"kid":"app",\#(Self.appKeyMembers)}]}"#
    let f = Self.run(Self.snap(jwks: jwks)).first(.keyAlgMismatch)
    #expect(f?.severity == .error)
    #expect(f?.evidence("key kid \(Self.kid)")?.contains("RSA") == true)
  }

  @Test func kidNotFoundListsTheKidsAndAlternates() {
    var s = Self.snap(jwks: DemoScenario.applicationKeyJWKS)
    s.alternates = [
      TestDocs.ok(Self.base + "/-/jwks", DemoScenario.ciKeyJWKS),
      TestDocs.failed(Self.base + "/jwks", .httpStatus, "HTTP 404", status: 404),
    ]
    let f = Self.run(s).first(.jwksKidNotFound)
    #expect(f?.awsError?.contains("identity provider,  please reference") == true)
    #expect(f?.evidence("token kid") == Self.kid)
    #expect(f?.evidence("alternate \(Self.base)/-/jwks")?.contains(Self.kid) == true)
    #expect(f?.evidence("alternate \(Self.base)/jwks") == "HTTP 404")
    #expect(
      f?.evidence("found at")
        == "the key is published at \(Self.base)/-/jwks but the discovery document points to \(Self.base)/oauth/discovery/keys")
  }

  @Test func kidNowhereSaysSo() {
    var s = Self.snap(jwks: DemoScenario.applicationKeyJWKS)
    #expect(Self.run(s).first(.jwksKidNotFound)?.evidence("found at")?.contains("not probed") == true)
    s.alternates = [TestDocs.failed(Self.base + "/-/jwks", .httpStatus, "HTTP 404", status: 404)]
    #expect(Self.run(s).first(.jwksKidNotFound)?.evidence("found at")?.contains("no probed location") == true)
  }

  @Test func keyWithoutKidWeakKeyAndNoCache() {
    let weakN = Base64URL.encode([0xC3] + [UInt8](repeating: 0x5A, count: 126) + [0x01])
    let jwks =
      #"{"keys":[{\#(Self.appKeyMembers)},{"kty":"RSA","kid":"weak","e":"AQAB","n":"\#(weakN)"},\#(DemoScenario.ciKeyJWKS.dropFirst(9).dropLast(2))]}"#
    let findings = Self.run(Self.snap(jwks: jwks, headers: [HTTPHeader("Cache-Control", "no-cache"), HTTPHeader("Pragma", "no-cache")]))
    #expect(findings.first(.jwksKeyWithoutKid)?.evidence("keys without kid") == "#0")
    #expect(findings.first(.jwksWeakKey)?.evidence("key weak") == "1024 bits")
    #expect(findings.first(.jwksNoCache)?.evidence("Cache-Control") == "no-cache")
    #expect(findings.first(.jwksNoCache)?.evidence("Pragma") == "no-cache")
    #expect(findings.ids.contains(.signatureVerified))
  }

  @Test func tooManyKeys() {
    let keys = (0...100).map { #"{"kid":"k\#($0)",\#(Self.appKeyMembers)}"# }.joined(separator: ",")
    let f = Self.run(Self.snap(jwks: #"{"keys":[\#(keys)]}"#)).first(.jwksTooManyKeys)
    #expect(f?.evidence("RSA keys") == "101")
  }

  @Test(arguments: [#"{"foo":1}"#, #"{"keys":[]}"#, "<html>login</html>"])
  func invalidJWKS(body: String) {
    #expect(Self.run(Self.snap(jwks: body)).first(.jwksInvalid)?.severity == .error)
  }

  @Test func unreachableDocuments() {
    var s = Self.snap(jwks: DemoScenario.ciKeyJWKS)
    s.discovery = TestDocs.failed(Self.base + "/.well-known/openid-configuration", .tls, "certificate verify failed")
    s.jwks = TestDocs.failed(Self.base + "/oauth/discovery/keys", .httpStatus, "HTTP 404", status: 404)
    let findings = Self.run(s)
    #expect(findings.first(.discoveryUnreachable)?.evidence("stage") == "tls")
    #expect(findings.first(.jwksUnreachable)?.evidence("status") == "404")
  }

  @Test func discoveryProblems() {
    let mismatch = Self.run(Self.snap(jwks: DemoScenario.ciKeyJWKS, discoveryIssuer: Self.base + "/"))
    #expect(mismatch.first(.issDiscoveryMismatch)?.evidence("discovery issuer") == Self.base + "/")
    let http = Self.run(Self.snap(jwks: DemoScenario.ciKeyJWKS, jwksURI: "http://gitlab.example.com/keys"))
    #expect(http.first(.jwksURINotHTTPS)?.evidence("jwks_uri") == "http://gitlab.example.com/keys")
    var html = Self.snap(jwks: DemoScenario.ciKeyJWKS)
    html.discovery = TestDocs.failed(Self.base + "/.well-known/openid-configuration", .notJSON, "not JSON", status: 200, body: "<html>")
    #expect(Self.run(html).first(.discoveryInvalid)?.evidence("problem") == "not a JSON object")
    var noURI = Self.snap(jwks: DemoScenario.ciKeyJWKS)
    noURI.discovery = TestDocs.ok(Self.base + "/.well-known/openid-configuration", #"{"issuer":"gitlab.example.com"}"#)
    #expect(Self.run(noURI).first(.discoveryInvalid)?.evidence("problem") == "no jwks_uri member")
  }

  @Test(arguments: [(6.2, Severity.warning), (3.0, .info)])
  func slowDiscovery(elapsed: Double, severity: Severity) {
    var s = Self.snap(jwks: DemoScenario.ciKeyJWKS)
    s.discoveryAndJWKSElapsed = elapsed
    #expect(Self.run(s).first(.discoverySlow)?.severity == severity)
  }

  @Test func privateCAGivesThumbprint() {
    var s = Self.snap(jwks: DemoScenario.ciKeyJWKS)
    s.publiclyTrusted = false
    let cert = ServedCertificate(subject: "CN=Inter", issuer: "CN=Root", der: [1], sha1Thumbprint: String(repeating: "ab", count: 20))
    s.jwks = DocumentFetch(
      url: Self.base + "/oauth/discovery/keys",
      result: .success(FetchResponse(requestedURL: Self.base, status: 200, body: Array(DemoScenario.ciKeyJWKS.utf8), certificates: [cert])))
    let f = Self.run(s).first(.tlsNotPubliclyTrusted)
    #expect(f?.severity == .warning)
    #expect(f?.evidence("thumbprint") == String(repeating: "ab", count: 20))
  }
}

import CCurl
import Foundation
import Testing

@testable import FedCore

/// The probe against a real HTTPS server on 127.0.0.1, and its pure parts.
@Suite struct ProviderProbeTests {
  static let alternatePaths = ["/-/jwks", "/oauth/discovery/keys", "/.well-known/jwks.json"]

  @Test func alternatesRunWhileDiscoveryAndJWKSRunInSequence() async throws {
    // The JWKS response is held until every alternate was requested: it can only be answered
    // "waited" if the alternates overlap the discovery → JWKS chain.
    var jwks = Route.json(#"{"keys":[{"kty":"RSA","kid":"k1"}]}"#, headers: [("Cache-Control", "no-cache")])
    jwks.waitFor = Self.alternatePaths
    jwks.waitTimeoutMs = 8000
    var routes: [String: Route] = [
      "/.well-known/openid-configuration": .json(#"{"issuer":"{base}","jwks_uri":"{base}/jwks"}"#),
      "/jwks": jwks,
    ]
    for path in Self.alternatePaths { routes[path] = .json(#"{"keys":[]}"#) }
    let server = try await TestServer.start(routes: routes)
    defer { server.stop() }
    let probe = ProviderProbe(options: .init(timeout: 15, caFile: server.caFile))
    let snapshot = await probe.probe(issuer: server.base, alternateKeyPaths: Self.alternatePaths)

    #expect(snapshot.discovery?.response?.status == 200)
    #expect(snapshot.jwks?.url == server.url("/jwks"))
    #expect(snapshot.jwks?.response?.headerValues("Cache-Control") == ["no-cache"])
    #expect(snapshot.alternates.map(\.url) == Self.alternatePaths.map(server.url))
    #expect(snapshot.alternates.allSatisfy { $0.response?.status == 200 })
    #expect(snapshot.publiclyTrusted == false)
    #expect(snapshot.offline == false)
    #expect((snapshot.discoveryAndJWKSElapsed ?? -1) >= 0)

    let log = try server.settledRequestLog()
    let discovery = try #require(log.first { $0.path == "/.well-known/openid-configuration" })
    let keys = try #require(log.first { $0.path == "/jwks" })
    #expect(keys.waited == true)
    #expect(try #require(discovery.tEnd) <= keys.tStart)
    for path in Self.alternatePaths {
      #expect(try #require(log.first { $0.path == path }).tStart < (keys.tEnd ?? 0))
    }
  }

  @Test func discoveryThatIsNotJSONStopsTheChain() async throws {
    let server = try await TestServer.start(routes: [
      "/.well-known/openid-configuration": .text("<html>sign in</html>", headers: [("Content-Type", "text/html")])
    ])
    defer { server.stop() }
    let probe = ProviderProbe(options: .init(timeout: 5, caFile: server.caFile))
    let snapshot = await probe.probe(issuer: server.base + "/", alternateKeyPaths: ["/jwks"])
    #expect(snapshot.discovery?.failure?.stage == .notJSON)
    #expect(snapshot.discovery?.failure?.response?.status == 200)
    #expect(snapshot.jwks == nil)
    #expect(snapshot.alternates.first?.failure?.stage == .httpStatus)
    #expect(snapshot.issuer == server.base + "/")
  }

  @Test func unreachableDiscoveryIsRecordedByStage() async throws {
    let server = try await TestServer.start(routes: [:])
    defer { server.stop() }
    // No --ca-file: the private chain fails TLS verification.
    let snapshot = await ProviderProbe(options: .init(timeout: 5)).probe(issuer: server.base)
    #expect(snapshot.discovery?.failure?.stage == .tls)
    #expect(snapshot.discovery?.url == server.url("/.well-known/openid-configuration"))
    #expect(snapshot.jwks == nil)
    #expect(snapshot.publiclyTrusted == nil)
  }

  @Test func servedChainGivesThePythonComputedThumbprint() async throws {
    let server = try await TestServer.start(routes: ["/r": .redirect(to: "https://elsewhere.invalid/")])
    defer { server.stop() }
    // A redirect elsewhere is not followed: the chain is the named host's.
    let chain = try await ServedChain.fetch(url: server.url("/r"), caFile: server.caFile).get()
    #expect(chain.thumbprint == server.topSHA1)
    #expect(chain.certificates.count == 2)
    #expect(chain.publiclyTrusted == false)
    let wrong = await ServedChain.fetch(url: server.url("/r"), caFile: server.wrongCAFile)
    #expect(wrong.failure?.stage == .tls)
  }

  @Test(arguments: [
    ("https://gitlab.com", "https://gitlab.com/.well-known/openid-configuration"),
    ("https://gitlab.com/", "https://gitlab.com/.well-known/openid-configuration"),
    ("gitlab.example.com", "https://gitlab.example.com/.well-known/openid-configuration"),
    ("http://gitlab.internal", "http://gitlab.internal/.well-known/openid-configuration"),
    ("https://forgejo.example.org/api/actions", "https://forgejo.example.org/api/actions/.well-known/openid-configuration"),
  ])
  func discoveryURL(issuer: String, expected: String) {
    #expect(ProbeURLs.discovery(issuer: issuer) == expected)
  }

  @Test func alternateURLsHangOffTheIssuerWithoutDuplicates() {
    let urls = ProbeURLs.alternates(
      issuer: "https://gitlab.com/", paths: ["/-/jwks", "oauth/discovery/keys", "/-/jwks", "/.well-known/openid-configuration"])
    #expect(urls == ["https://gitlab.com/-/jwks", "https://gitlab.com/oauth/discovery/keys"])
  }

  @Test(arguments: [
    ("https://gitlab.com/-/jwks", "https://gitlab.com/-/jwks"),
    ("token.actions.githubusercontent.com", "https://token.actions.githubusercontent.com"),
    ("127.0.0.1:8443/x", "https://127.0.0.1:8443/x"),
  ])
  func thumbprintTargets(input: String, expected: String) {
    #expect(ServedChain.targetURL(input) == expected)
  }

  @Test(arguments: ["http://gitlab.com", "ftp://x", "https://", "a b", "", "https://x\u{1B}[2J"])
  func badThumbprintTargets(input: String) {
    #expect(ServedChain.targetURL(input) == nil)
  }
}

@Suite struct OfflineSnapshotTests {
  @Test func savedDocumentsBecomeAnOfflineSnapshot() throws {
    let discoveryPath = Fixtures.path("github/token.actions.githubusercontent.com.openid-configuration.2026.json")
    let jwksPath = Fixtures.path("github/token.actions.githubusercontent.com.jwks.2026.json")
    let discovery = try OfflineDocument.read(path: discoveryPath).get()
    let jwks = try OfflineDocument.read(path: jwksPath).get()
    let snapshot = ProviderSnapshot.offline(
      issuer: "https://token.actions.githubusercontent.com", discovery: discovery, jwks: jwks)
    #expect(snapshot.offline)
    #expect(snapshot.discovery?.url == "file://" + discoveryPath)
    #expect(
      snapshot.discovery?.response?.body
        == (try Fixtures.bytes("github/token.actions.githubusercontent.com.openid-configuration.2026.json")))
    #expect(snapshot.jwks?.response?.status == 200)
    #expect(snapshot.alternates.isEmpty)
    #expect(snapshot.publiclyTrusted == nil && snapshot.discoveryAndJWKSElapsed == nil)
  }

  @Test func aSavedDocumentThatIsNotJSONFailsAsNotJSON() {
    let snapshot = ProviderSnapshot.offline(
      issuer: "https://x", discovery: nil, jwks: OfflineDocument(path: "/tmp/keys.txt", bytes: Array("nope".utf8)))
    #expect(snapshot.discovery == nil)
    #expect(snapshot.jwks?.failure?.stage == .notJSON)
    #expect(snapshot.jwks?.failure?.url == "file:///tmp/keys.txt")
  }

  @Test func unreadableFilesNameTheFile() {
    let result = OfflineDocument.read(path: "/nonexistent/discovery.json")
    #expect(result.failure?.path == "/nonexistent/discovery.json")
    #expect(
      OfflineDocument.read(path: Fixtures.path("github/token.actions.githubusercontent.com.jwks.2026.json"), maxBytes: 10).failure != nil)
  }
}

@Suite struct CertificateInfoTests {
  @Test func sha1IsLowercaseHexOfTheBytes() {
    #expect(CertificateInfo.sha1Hex(Array("abc".utf8)) == "a9993e364706816aba3e25717850c26c9cd0d89d")
  }

  @Test func pemBodyDecodesToDER() {
    let pem = "-----BEGIN CERTIFICATE-----\nMIIB\r\nAA+/\n-----END CERTIFICATE-----\n"
    #expect(CertificateInfo.derBytes(pem: pem) == [0x30, 0x82, 0x01, 0x00, 0x0F, 0xBF])
    #expect(CertificateInfo.derBytes(pem: "no pem here") == nil)
  }
}

@Suite struct TrustStoreTests {
  @Test func extraAnchorsAreAddedToTheSystemRootsNotSubstituted() async throws {
    let server = try await TestServer.start(routes: [:])
    defer { server.stop() }
    let setting = try TrustSetting.make(roots: .file(server.caFile), adding: server.wrongCAFile).get()
    guard case .blob(let bytes) = setting else {
      Issue.record("expected an in-memory bundle, got \(setting)")
      return
    }
    let bundle = String(decoding: bytes, as: UTF8.self)
    let system = try String(contentsOfFile: server.caFile, encoding: .utf8)
    let extra = try String(contentsOfFile: server.wrongCAFile, encoding: .utf8)
    #expect(bundle.contains(system) && bundle.contains(extra))
    // With a hashed directory the roots stay there and the file is added as CAINFO.
    guard case .directory("/d", let file) = try TrustSetting.make(roots: .directory("/d"), adding: server.caFile).get() else {
      Issue.record("expected the directory setting")
      return
    }
    #expect(file == server.caFile)
  }

  @Test func aCAFileWithoutCertificatesIsATLSFailure() {
    let jwks = Fixtures.path("github/token.actions.githubusercontent.com.jwks.2026.json")
    #expect(TrustSetting.make(roots: .platform, adding: jwks).failure?.stage == .tls)
    #expect(TrustSetting.make(roots: .platform, adding: "/nonexistent/ca.pem").failure?.stage == .tls)
  }

  @Test func libcurlReportsItsDefaultBundle() {
    #expect(CurlGlobal.defaultCABundle?.isEmpty == false)
    #expect(SystemRoots.isHashedDirectory("/nonexistent") == false)
  }
}

@Suite struct CurlFailureStageTests {
  @Test(arguments: [
    (CURLE_COULDNT_RESOLVE_HOST, FetchStage.dns), (CURLE_COULDNT_CONNECT, .connect), (CURLE_GOT_NOTHING, .connect),
    (CURLE_OPERATION_TIMEDOUT, .timeout), (CURLE_PEER_FAILED_VERIFICATION, .tls), (CURLE_SSL_CONNECT_ERROR, .tls),
    (CURLE_SSL_CACERT_BADFILE, .tls), (CURLE_FILESIZE_EXCEEDED, .tooLarge), (CURLE_UNSUPPORTED_PROTOCOL, .invalidURL),
    (CURLE_URL_MALFORMAT, .invalidURL), (CURLE_TOO_MANY_REDIRECTS, .tooManyRedirects),
    (CURLE_ABORTED_BY_CALLBACK, .cancelled), (CURLE_OUT_OF_MEMORY, .other),
  ])
  func libcurlResultsMapToStages(code: CURLcode, stage: FetchStage) {
    #expect(CurlFailureStage.stage(for: code) == stage)
  }
}

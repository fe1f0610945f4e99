import FedCore
import Testing

/// The 2021 GitLab report end to end over real HTTPS on loopback: discovery whose `jwks_uri`
/// holds only the application key, `/-/jwks` holding the CI key, and a v1-shaped token.
@Suite(.serialized) struct LoopbackReportTests {
  static func routes() -> [String: TestServer.Route] {
    [
      "/.well-known/openid-configuration": .json(
        #"{"issuer":"{base}","jwks_uri":"{base}/oauth/discovery/keys","response_types_supported":["code"]}"#),
      "/oauth/discovery/keys": .json(DemoScenario.applicationKeyJWKS, headers: [("Cache-Control", "max-age=300")]),
      "/-/jwks": .json(DemoScenario.ciKeyJWKS),
    ]
  }

  @Test func gitlab2021ReportOverHTTPS() async throws {
    let server = try await TestServer.start(routes: Self.routes())
    defer { server.stop() }
    let options = CheckOptions(
      issuer: server.base, tokenText: DemoScenario.token, wantClaims: ["project_id"], caFile: server.caFile, timeout: 30,
      now: DemoScenario.now)
    let report = await Checker.run(options, fetcher: CurlFetcher())
    let ids = Set(report.findings.map(\.id))
    #expect(ids.isSuperset(of: [.audMissing, .issNotHTTPS, .jwksKidNotFound, .subNotScoping, .claimNotConditionable]), "\(ids)")
    #expect(report.exitCode == 1)
    let kid = try #require(report.findings.first { $0.id == .jwksKidNotFound })
    #expect(
      kid.evidence("found at")
        == "the key is published at \(server.base)/-/jwks but the discovery document points to \(server.base)/oauth/discovery/keys")
    #expect(kid.evidence("alternate \(server.base)/-/jwks")?.contains("the signature verifies") == true)
    #expect(kid.evidence("alternate \(server.base)/jwks") == "HTTP 404")
    #expect(report.findings.first { $0.id == .claimNotConditionable }?.severity == .error)
    #expect(ids.contains(.tlsNotPubliclyTrusted))
  }

  @Test func withoutWantedClaimsThereIsNoErrorForClaims() async throws {
    let server = try await TestServer.start(routes: Self.routes())
    defer { server.stop() }
    let options = CheckOptions(
      issuer: server.base, tokenText: DemoScenario.token, caFile: server.caFile, timeout: 30, now: DemoScenario.now)
    let report = await Checker.run(options, fetcher: CurlFetcher())
    #expect(report.findings.first { $0.id == .claimNotConditionable }?.severity != .error)
  }

  @Test func fixedProviderVerifies() async throws {
    var routes = Self.routes()
    routes["/oauth/discovery/keys"] = .json(DemoScenario.ciKeyJWKS)
    let server = try await TestServer.start(routes: routes)
    defer { server.stop() }
    let options = CheckOptions(
      issuer: server.base, tokenText: DemoScenario.token, caFile: server.caFile, timeout: 30, now: DemoScenario.now)
    let report = await Checker.run(options, fetcher: CurlFetcher())
    let ids = Set(report.findings.map(\.id))
    #expect(ids.contains(.signatureVerified))
    #expect(!ids.contains(.jwksKidNotFound))
  }
}

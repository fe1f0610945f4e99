import Foundation
import Testing

@testable import FedCore

/// A token (or a server) that points FedTUI at a non-public address is not fetched unless the
/// operator consents. Loopback stand-ins only: `ConnectionCounter` proves nothing connected.
@Suite(.serialized) struct PrivateAddressFetchTests {
  static func token(iss: String) -> String {
    HostileTokens.token(payload: #"{"iss":\#(HostileTokens.literal(iss)),"sub":"s","aud":"a","exp":1900000000,"iat":1700000000}"#)
  }

  static func check(iss: String, issuer: String? = nil, consent: NetworkConsent = .publicOnly, caFile: String? = nil) async -> CheckReport {
    var options = CheckOptions(issuer: issuer, tokenText: token(iss: iss), caFile: caFile, timeout: 10, now: 1_700_000_100)
    options.consent = consent
    return await Checker.run(options, fetcher: CurlFetcher())
  }

  @Test(arguments: ["https://127.0.0.1:{port}", "https://localhost:{port}/oidc", "https://0x7f.1:{port}", "https://2130706433:{port}"])
  func tokenIssuerOnLoopbackIsNotFetched(pattern: String) async throws {
    let counter = try ConnectionCounter()
    defer { counter.stop() }
    let iss = pattern.replacingOccurrences(of: "{port}", with: String(counter.port))
    let report = await Self.check(iss: iss)
    let finding = try #require(report.findings.first { $0.id == .issuerNotPublic })
    #expect(finding.evidence("kind")?.contains("loopback") == true)
    #expect(finding.evidence("AWS")?.contains("cannot reach") == true)
    #expect(!report.findings.contains { $0.id == .discoveryUnreachable })
    #expect(await counter.connections() == 0)
  }

  @Test func consentFetchesIt() async throws {
    let counter = try ConnectionCounter()
    defer { counter.stop() }
    let iss = "https://127.0.0.1:\(counter.port)"
    _ = await Self.check(iss: iss, consent: NetworkConsent(allowPrivateNetwork: true))
    #expect(await counter.connections() >= 1)
    let before = await counter.connections()
    let explicit = await Self.check(iss: "https://issuer.invalid", issuer: iss)
    #expect(!explicit.findings.contains { $0.id == .issuerNotPublic })
    #expect(await counter.connections() > before)
  }

  @Test func redirectHopsAreRecheckedAndNeverDowngraded() async throws {
    let counter = try ConnectionCounter()
    defer { counter.stop() }
    let server = try await TestServer.start(
      routes: [
        "/a/.well-known/openid-configuration": .redirect(to: "https://localhost:\(counter.port)/x"),
        "/b/.well-known/openid-configuration": .redirect(to: "{http_base}/plain"),
        "/plain": .json("{}"),
      ], plainHTTP: true)
    defer { server.stop() }
    // The operator named 127.0.0.1; the redirect goes to another (non-public) host.
    let a = await Self.check(iss: server.url("/a"), issuer: server.url("/a"), caFile: server.caFile)
    #expect(a.findings.contains { $0.id == .issuerNotPublic && $0.evidence("host") == "localhost" })
    #expect(await counter.connections() == 0)
    let b = await CurlFetcher().fetch(FetchRequest(url: server.url("/b/.well-known/openid-configuration"), caFile: server.caFile))
    guard case .failure(let failure) = b else {
      Issue.record("https to http redirect was followed")
      return
    }
    #expect(failure.stage == .invalidURL && failure.message.contains("never downgraded"))
    #expect(try server.settledRequestLog().allSatisfy { $0.scheme == "https" })
  }

  static var noProxyVariables: Bool {
    ["http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"].allSatisfy { ProcessInfo.processInfo.environment[$0] == nil }
  }

  /// A name that exists nowhere but in the test's lookup: only the `CURLOPT_RESOLVE` pin can connect it.
  @Test(.enabled(if: noProxyVariables)) func connectionIsPinnedToTheCheckedAddress() async throws {
    let server = try await TestServer.start(routes: ["/doc": .json(#"{"ok":true}"#)], plainHTTP: true)
    defer { server.stop() }
    let port = try #require(server.info.httpPort)
    let lookup = HostLookup(
      resolve: { $0 == "pinned.fedtui.invalid" ? .success([.v4(0x7F00_0001)]) : .failure(LookupFailure("unknown \($0)")) },
      nonPublicReason: { _ in nil }, viaProxy: { _ in false })
    let result = await CurlFetcher(lookup: lookup).fetch(
      FetchRequest(url: "http://pinned.fedtui.invalid:\(port)/doc", consent: .publicOnly))
    let response = try result.get()
    #expect(response.status == 200 && String(decoding: response.body, as: UTF8.self).contains("ok"))
  }

  @Test func cliRefusesWithoutTheFlag() async throws {
    let counter = try ConnectionCounter()
    defer { counter.stop() }
    let token = Self.token(iss: "https://127.0.0.1:\(counter.port)")
    let outcome = try FedTUIProcess.run(
      ["check", "--token-file", "-", "--format", "json", "--now", "1700000100"], stdin: Array(token.utf8))
    #expect(outcome.stdoutText.contains("issuer-not-public"))
    #expect(await counter.connections() == 0)
  }
}

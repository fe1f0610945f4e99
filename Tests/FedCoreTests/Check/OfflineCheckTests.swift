import FedCore
import Testing

/// `Checker.runOffline`: the synchronous path the CLI takes with saved documents must give the
/// report of the documents themselves, and must refuse options that need the network.
@Suite struct OfflineCheckTests {
  static let jwks = OfflineDocument(path: "/saved/jwks.json", bytes: Array(DemoScenario.ciKeyJWKS.utf8))
  static let discovery = OfflineDocument(
    path: "/saved/discovery.json",
    bytes: Array(#"{"issuer":"gitlab.example.com","jwks_uri":"https://gitlab.example.com/oauth/discovery/keys"}"#.utf8))

  @Test func networkOptionsAreLeftToRun() {
    let options = CheckOptions(issuer: "https://gitlab.example.com", tokenText: DemoScenario.token, now: 1_700_000_000)
    #expect(Checker.runOffline(options) == nil)
  }

  @Test(arguments: [(true, true), (true, false), (false, true)])
  func savedDocumentsGiveTheirOwnReport(withDiscovery: Bool, withJWKS: Bool) async {
    let options = CheckOptions(
      tokenText: DemoScenario.token, audiences: ["sts.amazonaws.com"],
      discoveryDocument: withDiscovery ? Self.discovery : nil, jwksDocument: withJWKS ? Self.jwks : nil, now: 1_700_000_000)
    let report = Checker.runOffline(options)
    let expected = Checker.report(
      options, token: TokenInput(raw: DemoScenario.token),
      snapshot: .offline(issuer: "gitlab.example.com", discovery: options.discoveryDocument, jwks: options.jwksDocument),
      now: 1_700_000_000)
    #expect(report == expected)
    #expect(report?.findings.contains { $0.id == .signatureVerified } == withJWKS)
    let viaRun = await Checker.run(options, fetcher: DemoScenario.fetcher)
    #expect(viaRun == expected)
  }
}

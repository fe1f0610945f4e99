import FedCore
import Testing

/// The verdict says no more than FedTUI knows: a fetch that failed at DNS, connect or timeout may
/// be this machine's network (AWS fetches discovery and JWKS from the internet), so when no other
/// error is certain the verdict is `unknown` (exit 3), not `reject`.
@Suite struct UnknownVerdictTests {
  static let issuer = "https://gitlab.com"
  static let discoveryURL = issuer + "/.well-known/openid-configuration"
  static let token = TestToken.make(claims: TestToken.gitlabClaims())

  static func unreachable(_ stage: FetchStage) -> ProviderSnapshot {
    ProviderSnapshot(
      issuer: issuer, discovery: TestDocs.failed(discoveryURL, stage, "no route"), jwks: nil, alternates: [], publiclyTrusted: nil,
      discoveryAndJWKSElapsed: nil)
  }

  static func report(_ snapshot: ProviderSnapshot?, token: String = token) -> CheckReport {
    Checker.report(
      CheckOptions(audiences: ["sts.amazonaws.com"]), token: TokenInput(raw: token), snapshot: snapshot, now: TestToken.now)
  }

  @Test(arguments: [FetchStage.dns, .connect, .timeout])
  func localStageGivesUnknown(stage: FetchStage) throws {
    let report = Self.report(Self.unreachable(stage))
    #expect(report.verdict == .unknown)
    #expect(report.exitCode == 3)
    #expect(
      report.verdictLine == "cannot tell: \(Self.discoveryURL) could not be reached from here; AWS fetches from the internet")
    let json = try JSONParser.parse(report.jsonText())
    #expect(json["verdict"]?.stringValue == "unknown")
    let finding = try #require(report.findings.first { $0.id == .discoveryUnreachable })
    #expect(finding.severity == .error)
    #expect(finding.uncertainty != nil)
  }

  @Test(arguments: [FetchStage.httpStatus, .tls, .tooLarge, .invalidURL])
  func certainStageStillRejects(stage: FetchStage) {
    let report = Self.report(Self.unreachable(stage))
    #expect(report.verdict == .reject)
    #expect(report.exitCode == 1)
    #expect(report.verdictLine.hasPrefix("AWS would REJECT"))
  }

  @Test func aCertainErrorElsewhereRejectsEvenWithAnUnreachableIssuer() {
    let expired = TestToken.make(claims: TestToken.gitlabClaims(["exp": "\(TestToken.now - 3600)"]))
    let report = Self.report(Self.unreachable(.dns), token: expired)
    #expect(report.findings.contains { $0.id == .tokenExpired })
    #expect(report.verdict == .reject)
    #expect(report.exitCode == 1)
  }

  @Test func unreachableJWKSIsUncertainToo() {
    let jwksURI = Self.issuer + "/oauth/discovery/keys"
    let snapshot = ProviderSnapshot(
      issuer: Self.issuer,
      discovery: TestDocs.ok(Self.discoveryURL, TestDocs.discovery(issuer: Self.issuer, jwksURI: jwksURI)),
      jwks: TestDocs.failed(jwksURI, .timeout, "timed out"), alternates: [], publiclyTrusted: true, discoveryAndJWKSElapsed: 0.2)
    let report = Self.report(snapshot)
    #expect(report.findings.contains { $0.id == .jwksUnreachable && $0.uncertainty != nil })
    #expect(report.verdict == .unknown)
    #expect(report.verdictLine.contains(jwksURI + " could not be reached from here"))
  }

  @Test func verdictFromFindingsAlone() {
    let certain = Finding(.tokenExpired, .error, title: "t")
    let unsure = Finding(.discoveryUnreachable, .error, title: "d", uncertainty: "x could not be reached from here")
    let warning = Finding(.discoverySlow, .warning, title: "w")
    #expect(Verdict([]) == .accept)
    #expect(Verdict([warning]) == .accept)
    #expect(Verdict([unsure, warning]) == .unknown)
    #expect(Verdict([unsure, certain]) == .reject)
    #expect([Verdict.accept, .reject, .unknown].map(\.exitCode) == [0, 1, 3])
  }
}

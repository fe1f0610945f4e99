import FedCore
import Testing

@Suite struct DemoScenarioTests {
  @Test func demoShowsTheFourFailureModes() {
    let report = DemoScenario.report()
    let ids = Set(report.findings.map(\.id))
    for id: RuleID in [.audMissing, .issNotHTTPS, .jwksKidNotFound, .subNotScoping, .claimNotConditionable] {
      #expect(ids.contains(id), "\(id)")
    }
    #expect(report.verdict == .reject)
    let kid = report.findings.first { $0.id == .jwksKidNotFound }
    #expect(kid?.evidence("found at")?.contains("https://gitlab.example.com/-/jwks") == true)
    #expect(kid?.evidence("found at")?.contains("/oauth/discovery/keys") == true)
    #expect(kid?.evidence("alternate https://gitlab.example.com/-/jwks")?.contains("the signature verifies") == true)
  }

  @Test func demoTokenVerifiesAgainstTheCIKeyOnly() throws {
    let jwt = try TokenDecoder.decode(DemoScenario.token).get()
    let ci = try JWKSet.parse(Array(DemoScenario.ciKeyJWKS.utf8)).get()
    let app = try JWKSet.parse(Array(DemoScenario.applicationKeyJWKS.utf8)).get()
    #expect(SignatureVerifier.verify(jwt, with: ci).isVerified)
    #expect(!SignatureVerifier.verify(jwt, with: app).isVerified)
    #expect(jwt.aud == nil)
    #expect(jwt.iss == "gitlab.example.com")
    #expect(jwt.sub == "job_1212")
  }

}

extension DemoScenarioTests {
  @Test func liveCodePathOverTheDemoFetcherGivesTheSameFindings() async {
    let live = await Checker.run(DemoScenario.options, fetcher: DemoScenario.fetcher)
    let built = DemoScenario.report()
    #expect(live.findings.map(\.id) == built.findings.map(\.id))
    #expect(
      live.findings.first { $0.id == .jwksKidNotFound }?.evidence("found at")
        == built.findings.first { $0.id == .jwksKidNotFound }?.evidence("found at"))
  }
}

import FedCore
import Testing

/// The real documents of `Tests/Fixtures` (see SOURCES.md) through the whole engine. Their
/// tokens come as header + payload without a signature, so a fake one is attached and
/// `signature-invalid` is expected wherever the key is found.
@Suite struct FixtureVerdictTests {
  static func token(_ header: String, _ payload: String) -> String {
    Base64URL.encode(Array(TestDocs.fixture(header).utf8)) + "." + Base64URL.encode(Array(TestDocs.fixture(payload).utf8)) + ".c2ln"
  }

  static func snapshot(issuer: String, discovery: String, jwks: String, jwksURL: String, alternates: [DocumentFetch] = [])
    -> ProviderSnapshot
  {
    ProviderSnapshot(
      issuer: issuer, discovery: TestDocs.ok(issuer + "/.well-known/openid-configuration", TestDocs.fixture(discovery)),
      jwks: TestDocs.ok(jwksURL, TestDocs.fixture(jwks)), alternates: alternates, publiclyTrusted: true, discoveryAndJWKSElapsed: 0.3)
  }

  static func errors(_ findings: [Finding]) -> Set<RuleID> { Set(findings.filter { $0.severity == .error }.map(\.id)) }

  static let gitlabCom = snapshot(
    issuer: "https://gitlab.com", discovery: "gitlab/gitlab.com.openid-configuration.2024-10-01.json",
    jwks: "gitlab/gitlab.com.oauth-discovery-keys.2024-10-01.json", jwksURL: "https://gitlab.com/oauth/discovery/keys")

  @Test func gitlabIDToken2025IsOnlyMissingItsSignature() {
    let t = Self.token(
      "gitlab/token.gitlab.com.id_token.8gears.2025-11.header.json", "gitlab/token.gitlab.com.id_token.8gears.2025-11.payload.json")
    let findings = TestToken.diagnose(
      t, audiences: ["macfly4200.8gears.ch"], wantClaims: ["project_id"], snapshot: Self.gitlabCom, now: 1_764_098_140)
    #expect(Self.errors(findings) == [.signatureInvalid])
    #expect(!findings.ids.contains(.jwksKidNotFound))
    #expect(!findings.ids.contains(.claimNotConditionable))
  }

  @Test func jwksMismatchOf2021() {
    let t = Self.token(
      "gitlab/token.gitlab.com.CI_JOB_JWT_V2.jvt-me.2022-03-30.header.json",
      "gitlab/token.gitlab.com.CI_JOB_JWT_V2.jvt-me.2022-03-30.payload.json")
    let s = Self.snapshot(
      issuer: "https://gitlab.com", discovery: "gitlab/gitlab.com.openid-configuration.2024-10-01.json",
      jwks: "scenarios/gitlab.com.oauth-discovery-keys.PRE-NOV-2021.DERIVED.json", jwksURL: "https://gitlab.com/oauth/discovery/keys",
      alternates: [TestDocs.ok("https://gitlab.com/-/jwks", TestDocs.fixture("scenarios/gitlab.com.-jwks.CI-KEY-ONLY.DERIVED.json"))])
    let findings = TestToken.diagnose(t, snapshot: s, now: 1_648_637_800)
    #expect(Self.errors(findings) == [.jwksKidNotFound])
    let f = findings.first(.jwksKidNotFound)
    #expect(f?.evidence("kids at jwks_uri") == "kewiQq9jiC84CvSsJYOB-N6A8WFLSV20Mb-y7IlWDSQ")
    #expect(f?.evidence("found at")?.hasPrefix("the key is published at https://gitlab.com/-/jwks") == true)
  }

  @Test func gitlabV1DocsExample() {
    let t = TestToken.make(
      header: #"{"alg":"RS256","kid":"4i3sFE7sxqNPOT7FdvcGA1ZVGGI_r-tsDXnEuYT4ZqE","typ":"JWT"}"#,
      claims: TestDocs.fixture("gitlab/docs-example.CI_JOB_JWT_v1.payload.json"))
    let findings = TestToken.diagnose(t, now: 1_585_710_300)
    #expect(findings.ids.isSuperset(of: [.audMissing, .issNotHTTPS, .subNotScoping, .tokenNotYetValid]))
    #expect(findings.first(.tokenNotYetValid)?.evidence("window") != nil)
    #expect(Verdict(findings) == .reject)
  }

  static let github2026 = snapshot(
    issuer: "https://token.actions.githubusercontent.com",
    discovery: "github/token.actions.githubusercontent.com.openid-configuration.2026.json",
    jwks: "github/token.actions.githubusercontent.com.jwks.2026.json",
    jwksURL: "https://token.actions.githubusercontent.com/.well-known/jwks")

  @Test func githubRealToken2025() {
    let t = Self.token("github/token.github.8gears.2025-11.header.json", "github/token.github.8gears.2025-11.payload.json")
    let findings = TestToken.diagnose(
      t, audiences: ["macfly4200.8gears.ch"], wantClaims: ["repository_id", "job_workflow_ref"], snapshot: Self.github2026,
      now: 1_764_090_500)
    #expect(Self.errors(findings) == [.signatureInvalid])
    #expect(!findings.ids.contains(.claimNotConditionable))
  }

  @Test func githubDocsExample() {
    let t = Self.token("github/docs-example.header.json", "github/docs-example.payload.json")
    let findings = TestToken.diagnose(
      t, audiences: ["sts.amazonaws.com"], wantClaims: ["event_name"], snapshot: Self.github2026, now: 1_632_493_600)
    #expect(Self.errors(findings) == [.jwksKidNotFound, .audNotRegistered, .claimNotConditionable])
    #expect(findings.first(.audNotRegistered)?.evidence("aud") == "https://github.com/octo-org")
  }

  @Test func selfManagedGitLabKeepsOnlySubAndAud() {
    let t = TestToken.make(claims: TestDocs.fixture("gitlab/self-managed.id_token.stronghold-docs.payload.json"))
    let ok = TestToken.diagnose(t, audiences: ["gitlab-access-aud"], now: 1_739_203_400)
    #expect(Self.errors(ok).isEmpty)
    let wanted = TestToken.diagnose(t, audiences: ["gitlab-access-aud"], wantClaims: ["project_id"], now: 1_739_203_400)
    let f = wanted.first(.claimNotConditionable)
    #expect(f?.severity == .error)
    #expect(f?.evidence("claim project_id")?.contains("gitlab.demo-cluster.ru:project_id not evaluated by IAM") == true)
    #expect(f?.evidence("route: provider keys")?.contains("only for the gitlab.com provider") == true)
  }

  @Test(arguments: [
    ("other/forgejo-actions.example.org.openid-configuration.v15.json", "other/forgejo-actions.example.org.jwks.v15.json"),
    ("other/aws-sts-outbound-federation.openid-configuration.json", "other/aws-sts-outbound-federation.jwks.json"),
    (
      "github/token.actions.githubusercontent.com.openid-configuration.2022.json",
      "github/token.actions.githubusercontent.com.jwks.2026.json"
    ),
    (
      "gitlab/self-managed.git.informatik.fh-nuernberg.de.openid-configuration.json",
      "gitlab/gitlab.com.oauth-discovery-keys.2024-10-01.json"
    ),
  ])
  func providerDocumentsParseCleanly(discovery: String, jwks: String) throws {
    let issuer = try JSONParser.parse(TestDocs.fixture(discovery))["issuer"]!.stringValue!
    let s = Self.snapshot(issuer: issuer, discovery: discovery, jwks: jwks, jwksURL: issuer + "/keys")
    let findings = TestToken.diagnose(nil, issuer: issuer, snapshot: s)
    #expect(Self.errors(findings).isEmpty, "\(findings.map(\.id))")
  }
}

import FedCore
import Testing

/// One test per scenario of `spec/failure-stories.md` that a token and a provider can show.
@Suite struct FailureStoryTests {
  static let now = TestToken.now

  static func github(_ overrides: String = "") -> String {
    TestToken.make(
      claims:
        #"{"iss":"https://token.actions.githubusercontent.com","aud":"sts.amazonaws.com","sub":"repo:octo-org/octo-repo:environment:prod","repository":"octo-org/octo-repo","environment":"prod","ref":"refs/heads/main","event_name":"push","repository_owner":"octo-org","iat":\#(Self.now - 30),"exp":\#(Self.now + 270)\#(overrides)}"#
    )
  }

  @Test func story01_v1TokenHasNoAud() {
    let f = TestToken.diagnose(TestToken.make(claims: TestToken.gitlabClaims(drop: ["aud"]))).first(.audMissing)
    #expect(f?.awsError == "InvalidIdentityToken: Missing a required claim: aud")
  }

  @Test func story02_v1IssIsABareHost() {
    let f = TestToken.diagnose(TestToken.make(claims: TestToken.gitlabClaims(["iss": #""gitlab.com""#]))).first(.issNotHTTPS)
    #expect(f?.awsError == "InvalidIdentityToken: No OpenIDConnect provider found in your account for gitlab.com")
    #expect(f?.evidence("IAM rule")?.contains("must begin with https://") == true)
  }

  @Test func story03_ciKeyOnlyAtDashJWKS() {
    let report = DemoScenario.report()
    #expect(report.findings.first(.jwksKidNotFound)?.evidence("found at")?.contains("/-/jwks but the discovery document points to") == true)
  }

  @Test func story04_githubIssuerHostChanged() {
    let f = TestToken.diagnose(Self.github(), providerURL: "https://vstoken.actions.githubusercontent.com").first(.issProviderMismatch)
    #expect(
      f?.awsError == "InvalidIdentityToken: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com"
    )
    #expect(f?.evidence("registered provider") == "https://vstoken.actions.githubusercontent.com")
  }

  @Test(arguments: [
    (#""sts.amazonaws.com""#, "sts.amazon.com"), (#""https://github.com/octo-org""#, "sts.amazonaws.com"),
    (#""https://gitlab.com/""#, "https://gitlab.com"),
  ])
  func story05_audNotInClientIDList(aud: String, registered: String) {
    let f = TestToken.diagnose(TestToken.make(claims: TestToken.gitlabClaims(["aud": aud])), audiences: [registered]).first(
      .audNotRegistered)
    #expect(f?.awsError == "InvalidIdentityToken: Incorrect token audience")
    if aud.contains("gitlab.com/") { #expect(f?.evidence("difference")?.hasPrefix("trailing slash") == true) }
  }

  @Test func story08_requestBearerInsteadOfIDToken() {
    let bearer = TestToken.make(
      claims: #"{"iss":"https://vstoken.actions.githubusercontent.com","aud":"vso:abc","exp":\#(Self.now + 300),"iat":\#(Self.now)}"#)
    #expect(TestToken.diagnose(bearer).first(.subMissing)?.awsError == "InvalidIdentityToken: Missing a required claim: sub")
  }

  @Test func story09_environmentSubAgainstABranchPolicy() {
    let policy =
      #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"},"StringLike":{"token.actions.githubusercontent.com:sub":"repo:octo-org/octo-repo:ref:refs/heads/main"}}}]}"#
    let options = CheckOptions(policyDocument: OfflineDocument(path: "trust.json", bytes: Array(policy.utf8)), now: Self.now)
    let report = Checker.report(options, token: TokenInput(raw: Self.github()), snapshot: nil, now: Self.now)
    #expect(report.findings.ids.contains(.policyDeniesToken))
    #expect(report.verdict == .reject)
    #expect(
      SubPrediction.github(claims: try! TokenDecoder.decode(Self.github()).get().claims) == "repo:octo-org/octo-repo:environment:prod")
  }

  @Test func story12_slowIdP() {
    var s = TestDocs.snapshot(issuer: "https://gitlab.com", jwks: DemoScenario.ciKeyJWKS)
    s.discoveryAndJWKSElapsed = 7.5
    let f = TestToken.diagnose(TestToken.make(claims: TestToken.gitlabClaims()), snapshot: s).first(.discoverySlow)
    #expect(f?.severity == .warning)
    #expect(f?.evidence("elapsed") == "7.500 s")
  }

  @Test func story14_issuerPathChanged() {
    let t = TestToken.make(claims: TestToken.gitlabClaims(["iss": #""https://studio.dvc.ai/api""#]))
    let f = TestToken.diagnose(t, providerURL: "https://studio.dvc.ai").first(.issProviderMismatch)
    #expect(f?.evidence("IAM looks up") == "studio.dvc.ai/api")
  }

  @Test func story16_customClaimIsNotAConditionKey() {
    let f = TestToken.diagnose(Self.github(), wantClaims: ["repository_owner"]).first(.claimNotConditionable)
    #expect(f?.severity == .error)
    #expect(f?.evidence("claim repository_owner")?.contains("not evaluated by IAM") == true)
    #expect(f?.evidence("claim repository")?.contains("usable") == true)
    #expect(f?.evidence("route: sub template")?.contains("include_claim_keys") == true)
    #expect(f?.awsError == "AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity")
  }

  @Test func story17_emptyTokenAfterGitLab17() {
    let f = TestToken.diagnose("").first(.tokenLength)
    #expect(f?.evidence("length") == "0 characters")
    #expect(f?.fix?.contains("id_tokens") == true)
  }

  @Test func story18_loginPageInsteadOfDiscovery() {
    var s = TestDocs.snapshot(issuer: "https://gitlab.com", jwks: DemoScenario.ciKeyJWKS)
    s.discovery = TestDocs.failed(
      "https://gitlab.com/.well-known/openid-configuration", .notJSON, "not JSON", status: 200, body: "<html>Sign in</html>")
    #expect(TestToken.diagnose(TestToken.make(claims: TestToken.gitlabClaims()), snapshot: s).ids.contains(.discoveryInvalid))
  }
}

extension FailureStoryTests {
  @Test func story11_immutableIDSubIsShownWithItsLegacyForm() {
    let t = TestToken.make(
      claims:
        #"{"iss":"https://token.actions.githubusercontent.com","aud":"sts.amazonaws.com","sub":"repo:octo-org@65/octo-repo@74:ref:refs/heads/main","repository":"octo-org/octo-repo","ref":"refs/heads/main","event_name":"push","iat":\#(Self.now),"exp":\#(Self.now + 300)}"#
    )
    let f = TestToken.diagnose(t).first(.subNonDefault)
    #expect(f?.severity == .info)
    #expect(f?.evidence("default template gives") == "repo:octo-org/octo-repo:ref:refs/heads/main")
    #expect(f?.evidence("immutable IDs")?.hasSuffix("repo:octo-org/octo-repo:ref:refs/heads/main") == true)
  }

  @Test func defaultSubHasNoSubFormatFinding() {
    #expect(!TestToken.diagnose(Self.github()).ids.contains(.subNonDefault))
  }
}

extension FailureStoryTests {
  @Test(arguments: [("project_id", "cannot be a sub component"), ("ref_protected", "put ref_protected into sub")])
  func selfManagedGitLabRouteRespectsTheSubComponents(claim: String, route: String) {
    let t = TestToken.make(claims: TestToken.gitlabClaims(["iss": #""https://gitlab.example.com""#]))
    let f = TestToken.diagnose(t, wantClaims: [claim]).first(.claimNotConditionable)
    #expect(f?.severity == .error)
    #expect(f?.evidence("route: sub template")?.contains(route) == true, "\(f?.evidence("route: sub template") ?? "")")
  }
}

import Testing

@testable import FedCore

@Suite struct PolicyWizardTests {
  @Test func walksForwardAndBackWithValidation() {
    var w = PolicyWizard(provider: .gitlab)
    #expect(w.step == .provider)
    #expect(w.next().isEmpty)
    #expect(w.step == .issuer)
    #expect(w.answers.issuer == "https://gitlab.com")
    #expect(w.next().isEmpty)
    #expect(w.step == .account)
    let blocked = w.next()
    #expect(blocked.map(\.field) == [.accountID])
    #expect(w.step == .account)
    w.edit { $0.accountID = "123456789012" }
    #expect(w.next().isEmpty)
    #expect(w.step == .audiences)
    #expect(w.answers.audiences == ["https://gitlab.com"])
    #expect(w.next().isEmpty)
    #expect(w.step == .scope)
    #expect(w.next().map(\.field) == [.projectPath])
    w.edit { $0.scope.projectPaths = ["mygroup/myproject"] }
    w.edit { $0.scope.refs = ["main"] }
    #expect(w.next().isEmpty)
    #expect(w.step == .extras)
    #expect(w.next().isEmpty)
    #expect(w.step == .review)
    #expect(w.next().isEmpty)
    #expect(w.step == .review)
    let review = try! #require(w.review)
    #expect(review.findings.isEmpty)
    #expect(review.document.statements[0].conditions.last?.values == ["project_path:mygroup/myproject:ref_type:*:ref:main"])
    w.back()
    #expect(w.step == .extras)
    w.go(to: .issuer)
    #expect(w.step == .issuer)
    w.go(to: .review)
    #expect(w.step == .review)
  }

  @Test func cannotJumpPastAnInvalidStep() {
    var w = PolicyWizard(provider: .github)
    w.go(to: .review)
    #expect(w.step == .provider)
    w.back()
    #expect(w.step == .provider)
  }

  @Test func providerDefaultsFollowUntilEdited() {
    var w = PolicyWizard(provider: .gitlab)
    w.selectProvider(.github)
    #expect(w.answers.issuer == "https://token.actions.githubusercontent.com")
    #expect(w.answers.audiences == ["sts.amazonaws.com"])
    #expect(w.answers.roleName == "github-actions-oidc")
    w.selectProvider(.gitlab)
    #expect(w.answers.audiences == ["https://gitlab.com"])
    // Self-managed GitLab: the audience follows the issuer while it is the default.
    w.setIssuer("https://gitlab.example.com")
    #expect(w.answers.audiences == ["https://gitlab.example.com"])
    // Once the operator edits the audience, it stays.
    w.edit { $0.audiences = ["sts.amazonaws.com"] }
    w.setIssuer("https://gitlab.example.org")
    #expect(w.answers.audiences == ["sts.amazonaws.com"])
    w.selectProvider(.generic)
    #expect(w.answers.issuer == "https://gitlab.example.org")
    #expect(w.answers.audiences == ["sts.amazonaws.com"])
  }

  static let issuers: [(String, Bool)] = [
    ("https://gitlab.com", true), ("https://token.actions.githubusercontent.com/my-enterprise", true), ("https://x.auth0.com/", true),
    ("", false), ("gitlab.com", false), ("http://gitlab.com", false), ("https://gitlab.com:443", false), ("https://a.example/?x=1", false),
    ("https://a.example/#f", false), ("https://", false), ("https://a b.example", false), ("https://u@a.example", false),
    ("https://" + String(repeating: "a", count: 248), false), ("https://" + String(repeating: "a", count: 247), true),
  ]

  @Test(arguments: issuers) func issuerRules(issuer: String, valid: Bool) {
    #expect((WizardValidation.issuer(issuer) == nil) == valid)
  }

  @Test(arguments: [("123456789012", true), ("12345678901", false), ("1234567890123", false), ("12345678901a", false), ("", false)])
  func accountRules(account: String, valid: Bool) {
    #expect((WizardValidation.accountID(account) == nil) == valid)
  }

  @Test func audienceRules() {
    #expect(WizardValidation.audiences([]) != nil)
    #expect(WizardValidation.audiences([""]) != nil)
    #expect(WizardValidation.audiences([String(repeating: "a", count: 255)]) == nil)
    #expect(WizardValidation.audiences([String(repeating: "a", count: 256)]) != nil)
    #expect(WizardValidation.audiences((0..<100).map { "a\($0)" }) == nil)
    #expect(WizardValidation.audiences((0..<101).map { "a\($0)" }) != nil)
  }

  @Test(arguments: [(3599, false), (3600, true), (43200, true), (43201, false)])
  func sessionDurationRules(seconds: Int, valid: Bool) {
    #expect((WizardValidation.maxSessionDuration(seconds) == nil) == valid)
  }

  static func answers(_ provider: PolicyProvider, _ scope: ScopeAnswers) -> WizardAnswers {
    var w = PolicyWizard(provider: provider)
    w.edit {
      $0.accountID = "123456789012"
      $0.scope = scope
      if provider == .generic {
        $0.issuer = "https://ci.example.com"
        $0.audiences = ["sts.amazonaws.com"]
      }
    }
    return w.answers
  }

  static let badScopes: [(PolicyProvider, ScopeAnswers, WizardField)] = [
    (.gitlab, ScopeAnswers(), .projectPath),
    (.gitlab, ScopeAnswers(projectPaths: ["justone"]), .projectPath),
    (.gitlab, ScopeAnswers(projectPaths: ["*/app"]), .projectPath),
    (.gitlab, ScopeAnswers(projectPaths: ["group/*"]), .projectPath),
    (.gitlab, ScopeAnswers(projectPaths: ["a/b"], refs: ["refs/heads/main"]), .ref),
    (.gitlab, ScopeAnswers(projectPaths: ["a/b"], refs: ["a:b"]), .ref),
    (.github, ScopeAnswers(), .repo),
    (.github, ScopeAnswers(repos: ["octo/*"]), .repo),
    (.github, ScopeAnswers(repos: ["octo"]), .repo),
    (.github, ScopeAnswers(repos: ["octo/app"], branches: ["refs/heads/main"]), .branch),
    (.github, ScopeAnswers(repos: ["octo/app"], environments: ["prod env"]), .environment),
    (.generic, ScopeAnswers(), .sub),
    (.generic, ScopeAnswers(subs: ["*"]), .sub),
    (.generic, ScopeAnswers(subs: ["*:main"]), .sub),
  ]

  @Test(arguments: badScopes) func scopeRules(provider: PolicyProvider, scope: ScopeAnswers, field: WizardField) {
    let w = PolicyWizard(answers: Self.answers(provider, scope))
    #expect(w.step == .scope)
    #expect(w.issues(at: .scope).first?.field == field)
    guard case .failure(let failure) = w.spec() else {
      Issue.record("spec should fail")
      return
    }
    #expect(failure.issues.first?.field == field)
    #expect(failure.issues.first?.description.hasPrefix(field.flag + ": ") == true)
  }

  @Test func tooManyScopeValuesAreStoppedAtReview() {
    let refs = (0..<60).map { "feature-branch-number-\($0)" }
    let w = PolicyWizard(answers: Self.answers(.gitlab, ScopeAnswers(projectPaths: ["mygroup/myproject"], refTypes: [.branch], refs: refs)))
    #expect(w.step == .review)
    guard case .failure(let failure) = w.spec() else {
      Issue.record("a policy over 2048 characters must not pass review")
      return
    }
    #expect(failure.issues.first?.step == .review)
    #expect(w.review == nil)
  }

  @Test func scopeProductIsAnOrList() {
    let scope = ScopeAnswers(repos: ["o/a", "o/b"], branches: ["main"], tags: ["v*"], pullRequest: true).scope(for: .github)
    #expect(
      scope.subPatterns == [
        "repo:o/a:ref:refs/heads/main", "repo:o/a:ref:refs/tags/v*", "repo:o/a:pull_request", "repo:o/b:ref:refs/heads/main",
        "repo:o/b:ref:refs/tags/v*", "repo:o/b:pull_request",
      ])
    let gitlab = ScopeAnswers(projectPaths: ["g/p"], refTypes: [.branch, .tag], refs: ["main"]).scope(for: .gitlab)
    #expect(gitlab.subPatterns == ["project_path:g/p:ref_type:branch:ref:main", "project_path:g/p:ref_type:tag:ref:main"])
  }
}

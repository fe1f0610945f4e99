import Testing

@testable import FedCore

/// Every provider's generated policy, evaluated against the tokens it must allow and the tokens it
/// must deny: other repository or project, other branch, pull request, environment, tag, fork MR.
@Suite struct GeneratedPolicyAdmissionTests {
  static let account = "123456789012"
  static let github = "https://token.actions.githubusercontent.com"

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var answers: WizardAnswers
    var allow: [String]
    var deny: [String]
    var testDescription: String { name }
  }

  static func answers(_ provider: PolicyProvider, issuer: String? = nil, scope: ScopeAnswers) -> WizardAnswers {
    var w = PolicyWizard(provider: provider)
    if let issuer { w.setIssuer(issuer) }
    w.edit {
      $0.accountID = account
      $0.scope = scope
      if provider == .generic { $0.audiences = ["ci"] }
    }
    return w.answers
  }

  static let cases: [Case] = [
    Case(
      name: "github any context, no pull requests", answers: answers(.github, scope: ScopeAnswers(repos: ["o/r"])),
      allow: ["repo:o/r:ref:refs/heads/main", "repo:o/r:ref:refs/tags/v1", "repo:o/r:environment:prod"],
      deny: ["repo:o/r:pull_request", "repo:other/r:ref:refs/heads/main", "repo:o/r2:pull_request", "repo:o/rx:ref:refs/heads/main"]),
    Case(
      name: "github any context, pull requests asked for",
      answers: answers(.github, scope: ScopeAnswers(repos: ["o/r"], pullRequest: true)),
      allow: ["repo:o/r:pull_request"], deny: ["repo:o/r:ref:refs/heads/main", "repo:other/r:pull_request"]),
    Case(
      name: "github branch main", answers: answers(.github, scope: ScopeAnswers(repos: ["o/r"], branches: ["main"])),
      allow: ["repo:o/r:ref:refs/heads/main"],
      deny: [
        "repo:o/r:ref:refs/heads/dev", "repo:o/r:pull_request", "repo:o/r:environment:prod", "repo:o/r:ref:refs/tags/main",
        "repo:x/r:ref:refs/heads/main",
      ]),
    Case(
      name: "github environment prod", answers: answers(.github, scope: ScopeAnswers(repos: ["o/r"], environments: ["prod"])),
      allow: ["repo:o/r:environment:prod"],
      deny: ["repo:o/r:environment:dev", "repo:o/r:pull_request", "repo:o/r:ref:refs/heads/main", "repo:x/r:environment:prod"]),
    Case(
      name: "github tags v*", answers: answers(.github, scope: ScopeAnswers(repos: ["o/r"], tags: ["v*"])),
      allow: ["repo:o/r:ref:refs/tags/v1.2"],
      deny: ["repo:o/r:ref:refs/heads/v1", "repo:o/r:pull_request", "repo:o/r:environment:v1", "repo:x/r:ref:refs/tags/v1"]),
    Case(
      name: "github repository pattern o/app-*", answers: answers(.github, scope: ScopeAnswers(repos: ["o/app-*"])),
      allow: ["repo:o/app-a:ref:refs/heads/main"], deny: ["repo:o/app-a:pull_request", "repo:o/b:ref:refs/heads/main"]),
    Case(
      name: "gitlab project, any ref", answers: answers(.gitlab, scope: ScopeAnswers(projectPaths: ["g/p"])),
      allow: ["project_path:g/p:ref_type:branch:ref:main", "project_path:g/p:ref_type:tag:ref:v1"],
      deny: ["project_path:fork/p:ref_type:branch:ref:feature", "project_path:g/p2:ref_type:branch:ref:main"]),
    Case(
      name: "gitlab protected main",
      answers: answers(.gitlab, scope: ScopeAnswers(projectPaths: ["g/p"], refTypes: [.branch], refs: ["main"])),
      allow: ["project_path:g/p:ref_type:branch:ref:main"],
      deny: [
        "project_path:g/p:ref_type:branch:ref:dev", "project_path:g/p:ref_type:tag:ref:main",
        "project_path:fork/p:ref_type:branch:ref:main", "project_path:g/other:ref_type:branch:ref:main",
      ]),
    Case(
      name: "generic exact sub", answers: answers(.generic, issuer: "https://ci.example.com", scope: ScopeAnswers(subs: ["deploy:prod"])),
      allow: ["deploy:prod"], deny: ["deploy:dev", "deploy:prod:pull_request", "other"]),
  ]

  @Test(arguments: cases) func generatedPolicyAdmitsOnlyWhatWasAskedFor(_ c: Case) throws {
    let wizard = PolicyWizard(answers: c.answers)
    let spec = try wizard.spec().get()
    let document = PolicyGenerator.document(for: spec)
    let aud = spec.audiences[0]
    for sub in c.allow + c.deny {
      let claims = JSONValue.object([
        JSONMember("iss", .string(spec.issuer)), JSONMember("aud", .string(aud)), JSONMember("sub", .string(sub)),
        JSONMember("exp", 1_900_000_000),
      ])
      let decision = PolicyEvaluator.evaluate(document, claims: claims, issuer: spec.issuer)
      #expect(decision.allowed == c.allow.contains(sub), "\(sub): \(decision.reason)")
    }
  }

  @Test func reviewSaysWhichEventsItAdmits() throws {
    let spec = try PolicyWizard(answers: Self.answers(.github, scope: ScopeAnswers(repos: ["o/r"]))).spec().get()
    #expect(EventScope.admitted(spec.scope) == ["o/r: every event except pull_request (denied by StringNotLike)"])
    let json = PolicyGenerator.json(for: spec)
    #expect(json.contains("StringNotLike"))
    #expect(json.contains("repo:o/r:pull_request"))
    let asked = try PolicyWizard(answers: Self.answers(.github, scope: ScopeAnswers(repos: ["o/r"], pullRequest: true))).spec().get()
    #expect(!PolicyGenerator.json(for: asked).contains("StringNotLike"))
  }
}

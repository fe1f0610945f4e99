import Testing

@testable import FedCore

/// The wizard pre-filled from a loaded token.
struct WizardPrefillTests {
  @Test func environmentTokenFillsEveryStepAndTheWizardReachesReview() throws {
    let claims = PolicyTestSupport.githubClaims(sub: "repo:octo/app:environment:prod", extra: [JSONMember("environment", "prod")])
    let prefill = WizardPrefill.from(PolicyTestSupport.jwt(claims), roleARN: "arn:aws-us-gov:iam::123456789012:role/ci/deploy")
    #expect(prefill.scopeProblem == nil)
    #expect(prefill.answers.provider == .github && prefill.answers.scope.environments == ["prod"])
    #expect(prefill.answers.partition == .awsUSGov && prefill.answers.accountID == "123456789012" && prefill.answers.roleName == "deploy")
    let wizard = PolicyWizard(answers: prefill.answers)
    #expect(wizard.step == .review, "issues: \(wizard.allIssues)")
    let policy = PolicyGenerator.document(for: try wizard.spec().get())
    #expect(PolicyEvaluator.evaluate(policy, claims: claims, issuer: "https://token.actions.githubusercontent.com").allowed)
  }

  @Test func selfManagedIssuerIsTheOneInUse() {
    let claims = PolicyTestSupport.gitlabClaims(iss: "https://gitlab.example.org", aud: "https://gitlab.example.org")
    let prefill = WizardPrefill.from(PolicyTestSupport.jwt(claims), audiences: ["other"])
    #expect(prefill.answers.issuer == "https://gitlab.example.org" && prefill.answers.audiences == ["https://gitlab.example.org"])
    #expect(prefill.reasons.contains { $0.contains("not among the client IDs in use") })
    #expect(prefill.answers.accountID.isEmpty)
  }

  @Test func aCustomSubStillFillsProviderIssuerAndAudience() {
    let claims = PolicyTestSupport.githubClaims(sub: "custom:octo/app", aud: "my-aud")
    let prefill = WizardPrefill.from(PolicyTestSupport.jwt(claims))
    #expect(prefill.scopeProblem?.contains("sub") == true)
    #expect(prefill.answers.provider == .github && prefill.answers.audiences == ["my-aud"])
    #expect(prefill.answers.scope == ScopeAnswers())
  }
}

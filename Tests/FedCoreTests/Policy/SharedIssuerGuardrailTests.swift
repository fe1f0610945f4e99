import Testing

@testable import FedCore

/// IAM's identity-provider controls keyed on the policy's principal (unfunco/terraform-aws-oidc-github#57
/// and its fix 68288f7; configure-aws-credentials#1043; subvectors v0.4.2 / prowler#12845).
@Suite struct SharedIssuerGuardrailTests {
  static func policy(principalPath: String, conditions: String) -> String {
    #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::358411131270:oidc-provider/\#(principalPath)"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":\#(conditions)}]}"#
  }

  static func missingSub(_ text: String, issuer: String? = nil) -> Finding? {
    PolicyLinter.lint(text: text, context: PolicyLintContext(issuer: issuer)).first { $0.id == .policyMissingSub }
  }

  /// The text IAM returned at CreateRole in unfunco/terraform-aws-oidc-github#57 (an enterprise
  /// slug principal whose policy scoped the wrong key).
  @Test func enterpriseSlugPrincipalIsRefusedWithItsPathInTheKey() throws {
    let text = Self.policy(
      principalPath: "token.actions.githubusercontent.com/myslug/myslug",
      conditions:
        #"{"StringLike":{"token.actions.githubusercontent.com:sub":"repo:org/repo:*"},"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"}}"#
    )
    let finding = try #require(Self.missingSub(text))
    #expect(finding.severity == .error)
    #expect(
      finding.awsError
        == "MalformedPolicyDocument: Trust policy with trusted principal arn:aws:iam::358411131270:oidc-provider/token.actions.githubusercontent.com/myslug/myslug must evaluate, using StringEquals, StringLike or StringEqualsIgnoreCase, token.actions.githubusercontent.com/myslug/myslug:sub which is not scoped to all."
    )
  }

  /// Before: a false ACCEPT (enterprise issuers were treated as private). The principal's key scopes it.
  @Test func enterpriseSlugPrincipalWithItsOwnKeyIsSaved() {
    let text = Self.policy(
      principalPath: "token.actions.githubusercontent.com/myslug",
      conditions: #"{"StringLike":{"token.actions.githubusercontent.com/myslug:sub":"repo:org/repo:*"}}"#)
    #expect(Self.missingSub(text, issuer: "https://token.actions.githubusercontent.com/myslug") == nil)
  }

  /// Before: a false "IAM will refuse to save it". A trailing-slash principal whose keys carry
  /// the same slash was saved by IAM (it fails later at STS: no provider matches the token's iss).
  @Test func trailingSlashPrincipalWithSlashedKeysIsSaved() {
    let text = Self.policy(
      principalPath: "token.actions.githubusercontent.com/",
      conditions: #"{"StringLike":{"token.actions.githubusercontent.com/:sub":"repo:org/repo:*"}}"#)
    #expect(Self.missingSub(text, issuer: "https://token.actions.githubusercontent.com") == nil)
    let all = PolicyLinter.lint(text: text, context: PolicyLintContext(issuer: "https://token.actions.githubusercontent.com"))
    #expect(all.contains { $0.id == .policyPrincipalMismatch })
  }

  /// IAM checks only the first value: a wildcard later in the list passes the control.
  @Test func onlyTheFirstValueIsChecked() {
    let later = Self.policy(
      principalPath: "gitlab.com", conditions: #"{"StringLike":{"gitlab.com:sub":["project_path:g/p:*","*"]}}"#)
    #expect(Self.missingSub(later) == nil)
    let first = Self.policy(principalPath: "gitlab.com", conditions: #"{"StringLike":{"gitlab.com:sub":["*","project_path:g/p:*"]}}"#)
    #expect(Self.missingSub(first)?.severity == .error)
  }

  @Test func githubPlainPrincipalStillAcceptsJobWorkflowRef() throws {
    let text = Self.policy(
      principalPath: "token.actions.githubusercontent.com",
      conditions: #"{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"}}"#)
    let finding = try #require(Self.missingSub(text))
    let keys = "token.actions.githubusercontent.com:sub or token.actions.githubusercontent.com:job_workflow_ref"
    #expect(finding.awsError?.hasSuffix(keys + " which is not scoped to all.") == true)
  }
}

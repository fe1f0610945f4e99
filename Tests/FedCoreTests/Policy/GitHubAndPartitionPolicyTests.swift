import Testing

@testable import FedCore

/// Generator and linter facts of 2026: GitHub's immutable sub (github/docs#45221) and the China
/// partition's client ID `sts.amazonaws.com.cn` (configure-aws-credentials#457 and README).
@Suite struct GitHubAndPartitionPolicyTests {
  static func answers(repo: String, partition: AWSPartition = .aws) -> WizardAnswers {
    var wizard = PolicyWizard(provider: .github)
    wizard.edit {
      $0.accountID = "123456789012"
      $0.partition = partition
      $0.scope = ScopeAnswers(repos: [repo], branches: ["main"])
    }
    return wizard.answers
  }

  static func policy(_ answers: WizardAnswers) throws -> String {
    PolicyGenerator.json(for: try PolicyWizard(answers: answers).spec().get())
  }

  @Test func generatorOffersTheImmutableFormWhenIDsAreKnown() throws {
    let text = try Self.policy(Self.answers(repo: "octo-org@65/octo-repo@74"))
    #expect(text.contains("repo:octo-org@65/octo-repo@74:ref:refs/heads/main"))
    let lint = PolicyLinter.lint(text: text, context: PolicyLintContext(issuer: "https://token.actions.githubusercontent.com"))
    #expect(!lint.contains { $0.severity != .info })
    #expect(!lint.contains { $0.id == .policySubNameBased })
  }

  @Test func nameBasedPatternGetsANote() throws {
    let text = try Self.policy(Self.answers(repo: "octo-org/octo-repo"))
    let lint = PolicyLinter.lint(text: text, context: PolicyLintContext(issuer: "https://token.actions.githubusercontent.com"))
    let note = try #require(lint.first { $0.id == .policySubNameBased })
    #expect(note.severity == .info)
    #expect(!lint.contains { $0.severity == .error || $0.severity == .warning })
  }

  @Test func chinaPartitionDefaultsToTheCnClientID() throws {
    let answers = Self.answers(repo: "octo-org/octo-repo", partition: .awsCN)
    #expect(answers.audiences == ["sts.amazonaws.com.cn"])
    let text = try Self.policy(answers)
    #expect(text.contains("arn:aws-cn:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"))
    #expect(text.contains("\"sts.amazonaws.com.cn\""))
    #expect(WizardDefaults.audiences(.github, issuer: "", partition: .awsUSGov) == ["sts.amazonaws.com"])
  }

  @Test func linterFlagsTheWrongPartitionsClientID() throws {
    let text =
      #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws-cn:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"},"StringLike":{"token.actions.githubusercontent.com:sub":"repo:o/r:*"}}}]}"#
    let finding = try #require(PolicyLinter.lint(text: text, context: PolicyLintContext()).first { $0.id == .audPartitionMismatch })
    #expect(finding.evidence("usual client ID there") == "sts.amazonaws.com.cn")
  }
}

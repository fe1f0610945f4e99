import Testing

@testable import FedCore

/// One case per `policy-*` rule of `findings.md`: the policy, the context and the expected finding.
@Suite struct PolicyLinterTests {
  typealias S = PolicyTestSupport

  static let gitlabContext = PolicyLintContext(issuer: "https://gitlab.com", accountID: S.account, partition: .aws, profile: S.gitlabCom)
  static let githubContext = PolicyLintContext(
    issuer: "https://token.actions.githubusercontent.com", accountID: S.account, profile: S.github)
  static let privateContext = PolicyLintContext(issuer: "https://ci.example.com", profile: S.privateIssuer)

  static let goodCondition =
    #"{"StringEquals": {"gitlab.com:aud": "https://gitlab.com"}, "StringLike": {"gitlab.com:sub": "project_path:mygroup/myproject:ref_type:branch:ref:*"}}"#

  func lint(_ text: String, _ context: PolicyLintContext = gitlabContext) -> [Finding] { PolicyLinter.lint(text: text, context: context) }

  @Test func cleanPolicyHasNoFindings() {
    #expect(lint(S.policyText(condition: Self.goodCondition)).isEmpty)
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var context: PolicyLintContext
    var rule: RuleID
    var severity: Severity
    var evidence: [String: String] = [:]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "not JSON", text: "{", context: gitlabContext, rule: .policyInvalid, severity: .error),
    Case(
      name: "principal for another host", text: S.policyText(host: "gitlab.example.com", condition: goodCondition), context: gitlabContext,
      rule: .policyPrincipalMismatch, severity: .error, evidence: ["expected": "arn:aws:iam::123456789012:oidc-provider/gitlab.com"]),
    Case(
      name: "principal with trailing slash", text: S.policyText(host: "gitlab.com/", condition: goodCondition), context: gitlabContext,
      rule: .policyPrincipalMismatch, severity: .error),
    Case(
      name: "principal in another account",
      text: S.policyText(condition: goodCondition).replacingAll("123456789012", "210987654321"),
      context: gitlabContext, rule: .policyPrincipalMismatch, severity: .error,
      evidence: ["problem": "account 210987654321, expected 123456789012"]),
    Case(
      name: "principal not an ARN",
      text:
        #"{"Statement": {"Effect": "Allow", "Principal": {"Federated": "gitlab.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": \#(goodCondition)}}"#,
      context: gitlabContext, rule: .policyPrincipalMismatch, severity: .error),
    Case(
      name: "web identity with AWS principal",
      text:
        #"{"Statement": {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sts:AssumeRoleWithWebIdentity"}}"#,
      context: gitlabContext, rule: .policyPrincipalMismatch, severity: .error),
    Case(
      name: "OIDC principal with sts:AssumeRole",
      text: S.policyText(action: #"["sts:AssumeRoleWithWebIdentity", "sts:AssumeRole"]"#, condition: goodCondition),
      context: gitlabContext, rule: .policyActionMismatch, severity: .error),
    Case(
      name: "OIDC principal with SAML action", text: S.policyText(action: #""sts:AssumeRoleWithSAML""#, condition: goodCondition),
      context: gitlabContext, rule: .policyActionMismatch, severity: .error),
    Case(
      name: "key of another provider",
      text: S.policyText(
        condition:
          #"{"StringEquals": {"gitlab.com:aud": "https://gitlab.com", "gitlab.example.com:sub": "project_path:a/b:ref_type:branch:ref:main"}, "StringLike": {"gitlab.com:sub": "project_path:a/b:*"}}"#
      ),
      context: gitlabContext, rule: .policyKeyPrefixMismatch, severity: .error,
      evidence: ["key": "gitlab.example.com:sub", "expected prefix": "gitlab.com"]),
    Case(
      name: "no aud", text: S.policyText(condition: #"{"StringLike": {"gitlab.com:sub": "project_path:a/b:*"}}"#), context: gitlabContext,
      rule: .policyMissingAud, severity: .warning),
    Case(
      name: "no sub, shared issuer", text: S.policyText(condition: #"{"StringEquals": {"gitlab.com:aud": "https://gitlab.com"}}"#),
      context: gitlabContext, rule: .policyMissingSub, severity: .error, evidence: ["required": "gitlab.com:sub", "shared issuer": "yes"]),
    Case(
      name: "sub is *, shared issuer",
      text: S.policyText(condition: #"{"StringEquals": {"gitlab.com:aud": "https://gitlab.com"}, "StringLike": {"gitlab.com:sub": "*"}}"#),
      context: gitlabContext, rule: .policyMissingSub, severity: .error),
    Case(
      name: "sub only under StringNotLike",
      text: S.policyText(
        condition: #"{"StringEquals": {"gitlab.com:aud": "https://gitlab.com"}, "StringNotLike": {"gitlab.com:sub": "x"}}"#),
      context: gitlabContext, rule: .policyMissingSub, severity: .error),
    Case(
      name: "no sub, private issuer",
      text: S.policyText(host: "ci.example.com", condition: #"{"StringEquals": {"ci.example.com:aud": "x"}}"#),
      context: privateContext, rule: .policyMissingSub, severity: .warning),
    Case(
      name: "sub *",
      text: S.policyText(
        condition:
          #"{"StringEquals": {"gitlab.com:aud": "https://gitlab.com"}, "StringLike": {"gitlab.com:sub": ["project_path:a/b:*", "project_path:*"]}}"#
      ),
      context: gitlabContext, rule: .policySubTooBroad, severity: .warning, evidence: ["value": "project_path:*"]),
    Case(
      name: "repo:org/*",
      text: S.policyText(
        host: "token.actions.githubusercontent.com",
        condition:
          #"{"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}, "StringLike": {"token.actions.githubusercontent.com:sub": "repo:octo/*"}}"#
      ),
      context: githubContext, rule: .policySubTooBroad, severity: .warning, evidence: ["value": "repo:octo/*"]),
    Case(
      name: "wildcard under StringEquals",
      text: S.policyText(
        condition:
          #"{"StringEquals": {"gitlab.com:aud": "https://gitlab.com", "gitlab.com:sub": "project_path:a/b:ref_type:branch:ref:*"}}"#),
      context: gitlabContext, rule: .policyWildcardWithoutLike, severity: .warning, evidence: ["operator": "StringEquals"]),
    Case(
      name: "ForAllValues on sub",
      text: S.policyText(
        condition:
          #"{"StringEquals": {"gitlab.com:aud": "https://gitlab.com"}, "StringLike": {"gitlab.com:sub": "project_path:a/b:*"}, "ForAllValues:StringEquals": {"gitlab.com:project_id": "42"}}"#
      ),
      context: gitlabContext, rule: .policyForAllValuesSingleValued, severity: .warning, evidence: ["key": "gitlab.com:project_id"]),
    Case(
      name: "claim IAM does not evaluate",
      text: S.policyText(
        condition:
          #"{"StringEquals": {"gitlab.com:aud": "https://gitlab.com", "gitlab.com:project_path": "a/b"}, "StringLike": {"gitlab.com:sub": "project_path:a/b:*"}}"#
      ),
      context: gitlabContext, rule: .policyUnusableKey, severity: .error, evidence: ["key": "gitlab.com:project_path"]),
    Case(
      name: "GitHub non-key ref_type",
      text: S.policyText(
        host: "token.actions.githubusercontent.com",
        condition:
          #"{"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:sub": "repo:octo/app:ref:refs/heads/main", "token.actions.githubusercontent.com:ref_type": "branch"}}"#
      ),
      context: githubContext, rule: .policyUnusableKey, severity: .error),
    Case(
      name: "unconfirmed key for a generic issuer",
      text: S.policyText(
        host: "ci.example.com",
        condition: #"{"StringEquals": {"ci.example.com:aud": "x", "ci.example.com:sub": "y", "ci.example.com:email": "a@b"}}"#),
      context: privateContext, rule: .policyUnusableKey, severity: .warning),
    Case(
      name: "GitLab ref_type mr (failure story 13)",
      text: S.policyText(
        condition:
          #"{"StringEquals": {"gitlab.com:aud": "https://gitlab.com"}, "StringLike": {"gitlab.com:sub": "project_path:a/b:ref_type:mr:ref:*"}}"#
      ),
      context: gitlabContext, rule: .policySubUnmatchable, severity: .error),
    Case(
      name: "GitLab refs/heads/ inside ref",
      text: S.policyText(
        condition:
          #"{"StringEquals": {"gitlab.com:aud": "https://gitlab.com", "gitlab.com:sub": "project_path:a/b:ref_type:branch:ref:refs/heads/main"}}"#
      ),
      context: gitlabContext, rule: .policySubUnmatchable, severity: .error),
    Case(
      name: "one unmatchable value among good ones",
      text: S.policyText(
        condition:
          #"{"StringEquals": {"gitlab.com:aud": "https://gitlab.com", "gitlab.com:sub": ["project_path:a/b:ref_type:branch:ref:main", "project_path:a/b:ref_type:mr:ref:main"]}}"#
      ),
      context: gitlabContext, rule: .policySubUnmatchable, severity: .warning),
    Case(
      name: "GitHub short ref",
      text: S.policyText(
        host: "token.actions.githubusercontent.com",
        condition:
          #"{"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:sub": "repo:octo/app:ref:main"}}"#
      ),
      context: githubContext, rule: .policySubUnmatchable, severity: .error),
    Case(
      name: "session tags without TagSession", text: S.policyText(condition: goodCondition),
      context: PolicyLintContext(issuer: "https://gitlab.com", profile: S.gitlabCom, tokenHasSessionTags: true),
      rule: .policyTagSessionMissing, severity: .error),
  ]

  @Test(arguments: cases) func rule(_ c: Case) throws {
    let findings = lint(c.text, c.context)
    let finding = try #require(findings.first { $0.id == c.rule }, "\(findings.map(\.id))")
    #expect(finding.severity == c.severity)
    for (label, value) in c.evidence { #expect(finding.evidence(label) == value, "\(label)") }
  }

  @Test(arguments: [
    ("*", true), ("repo:*", true), ("repo:*/*", true), ("repo:org/*", true), ("repo:org/*:*", true), ("repo:*org/app:*", true),
    ("project_path:*", true), ("project_path:group/*", true), ("organization:*:pipeline:deploy:*", true), ("*:ref:main", true),
    ("repo:org/*:ref:refs/heads/main", false), ("repo:org/app:*", false), ("project_path:g/p:*", false),
    ("organization:acme:project:*:workspace:prod:run_phase:*", false), ("job:deploy", false), ("repo:OWNER@1/REPO@2:*", false),
  ])
  func broadSubPatterns(pattern: String, broad: Bool) {
    #expect(SubPatternRules.isTooBroad(pattern) == broad)
  }

  @Test(arguments: [
    ("project_path:a/b:ref_type:mr:ref:x", false, true), ("project_path:a/b:ref_type:*:ref:x", false, false),
    ("project_path:a/b:ref_type:*:ref:x", true, true), ("project_path:a/b:ref_type:branch:ref:refs/heads/x", false, true),
    ("project_path:a/b:ref_type:tag:ref:v1", true, false), ("repo:o/r:ref:main", true, true), ("repo:o/r:ref:refs/heads/main", true, false),
    ("repo:o/r:ref:*", false, false), ("repo:o/r:ref:ref*", false, false), ("repo:o/r:environment:prod", true, false),
    ("repo:o/r:job_workflow_ref:o/w/.github/workflows/x.yml@refs/heads/main", true, false),
  ])
  func unmatchableSubPatterns(pattern: String, literal: Bool, unmatchable: Bool) {
    #expect((SubPatternRules.unmatchableReason(pattern, literal: literal) != nil) == unmatchable)
  }

  @Test func sharedIssuerErrorQuotesIAM() throws {
    let text = S.policyText(
      host: "token.actions.githubusercontent.com",
      condition: #"{"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}}"#)
    let finding = try #require(lint(text, Self.githubContext).first { $0.id == .policyMissingSub })
    #expect(
      finding.awsError
        == "MalformedPolicyDocument: Trust policy with trusted principal arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com must evaluate, using StringEquals, StringLike or StringEqualsIgnoreCase, token.actions.githubusercontent.com:sub or token.actions.githubusercontent.com:job_workflow_ref which is not scoped to all."
    )
  }

  @Test func jobWorkflowRefSatisfiesGitHubControl() {
    let text = S.policyText(
      host: "token.actions.githubusercontent.com",
      condition:
        #"{"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}, "StringLike": {"token.actions.githubusercontent.com:job_workflow_ref": "octo/workflows/.github/workflows/deploy.yml@refs/heads/main"}}"#
    )
    #expect(!lint(text, Self.githubContext).contains { $0.id == .policyMissingSub })
  }

  @Test func orListWithABroadValueStillPassesIAMControl() {
    // IAM only checks the key is evaluated and not "*" (aws-oidc-rules.md §7 loopholes); FedTUI warns instead.
    let text = S.policyText(
      condition:
        #"{"StringEquals": {"gitlab.com:aud": "https://gitlab.com"}, "StringLike": {"gitlab.com:sub": ["project_path:a/b:*", "project_path:*"]}}"#
    )
    let ids = lint(text).map(\.id)
    #expect(!ids.contains(.policyMissingSub))
    #expect(ids.contains(.policySubTooBroad))
  }

  @Test func sizeOverQuota() throws {
    let subs = (0..<80).map { "\"project_path:mygroup/project-number-\($0):ref_type:branch:ref:main\"" }.joined(separator: ", ")
    let text = S.policyText(condition: #"{"StringEquals": {"gitlab.com:aud": "https://gitlab.com", "gitlab.com:sub": [\#(subs)]}}"#)
    let finding = try #require(lint(text).first { $0.id == .policyTooLarge })
    #expect(finding.severity == .warning)
    #expect(Int(finding.evidence("characters (excluding whitespace)") ?? "0")! > 2048)
    #expect(
      !lint(S.policyText(condition: Self.goodCondition) + String(repeating: " \n", count: 3000)).contains { $0.id == .policyTooLarge })
  }

  @Test func derivesIssuerFromPrincipalWhenNotGiven() {
    let text = S.policyText(condition: #"{"StringEquals": {"gitlab.com:aud": "x", "other.example:sub": "y"}}"#)
    let findings = PolicyLinter.lint(text: text, context: PolicyLintContext(profile: S.gitlabCom))
    #expect(findings.contains { $0.id == .policyKeyPrefixMismatch && $0.evidence("expected prefix") == "gitlab.com" })
  }

  @Test func negatedConditionOnUnusableKeyIsOnlyAWarning() throws {
    let text = S.policyText(
      condition:
        #"{"StringEquals": {"gitlab.com:aud": "https://gitlab.com"}, "StringLike": {"gitlab.com:sub": "project_path:a/b:*"}, "StringNotEquals": {"gitlab.com:ref_type": "tag"}}"#
    )
    #expect(try #require(lint(text).first { $0.id == .policyUnusableKey }).severity == .warning)
  }
}

extension String {
  func replacingAll(_ target: String, _ replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}

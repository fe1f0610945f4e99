import Testing

@testable import FedCore

@Suite struct PolicyEvaluatorTests {
  typealias S = PolicyTestSupport

  static let gitlabPolicy = S.policyText(
    condition:
      #"{"StringEquals": {"gitlab.com:aud": "https://gitlab.com"}, "StringLike": {"gitlab.com:sub": "project_path:mygroup/myproject:ref_type:branch:ref:*"}}"#
  )

  func decide(_ text: String, _ claims: JSONValue, profile: ProviderProfile = S.gitlabCom) -> PolicyDecision {
    PolicyEvaluator.evaluate(S.policy(text), claims: claims, issuer: claims["iss"]!.stringValue!, profile: profile)
  }

  @Test func allowsMatchingTokenWithTrace() {
    let d = decide(Self.gitlabPolicy, S.gitlabClaims())
    #expect(d.allowed)
    #expect(d.requiredActions == ["sts:AssumeRoleWithWebIdentity"])
    #expect(d.statements[0].conditions.map(\.passed) == [true, true])
    #expect(d.statements[0].conditions[1].actual == ["project_path:mygroup/myproject:ref_type:branch:ref:main"])
  }

  @Test func keysAreAndedAcrossOperators() {
    let d = decide(Self.gitlabPolicy, S.gitlabClaims(aud: "https://gitlab.com/"))
    #expect(!d.allowed)
    #expect(d.statements[0].conditions.map(\.passed) == [false, true])
    #expect(d.reason.contains("StringEquals gitlab.com:aud"))
  }

  @Test func otherProjectIsDenied() {
    #expect(!decide(Self.gitlabPolicy, S.gitlabClaims(project: "mygroup/other")).allowed)
  }

  @Test func explicitDenyWinsOverAllow() {
    let text = """
      {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/gitlab.com"},
         "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"gitlab.com:sub": "project_path:mygroup/*"}}},
        {"Effect": "Deny", "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/gitlab.com"},
         "Action": "sts:*", "Condition": {"StringEquals": {"gitlab.com:ref_protected": "false"}}}]}
      """
    let unprotected = decide(text, S.gitlabClaims(extra: [JSONMember("ref_protected", "false")]))
    #expect(!unprotected.allowed)
    #expect(unprotected.reason == "statement 2 explicitly denies sts:AssumeRoleWithWebIdentity")
    #expect(decide(text, S.gitlabClaims(extra: [JSONMember("ref_protected", "true")])).allowed)
  }

  @Test func principalOfAnotherIssuerDoesNotApply() {
    let d = decide(Self.gitlabPolicy, S.gitlabClaims(iss: "https://gitlab.example.com"), profile: S.privateIssuer)
    #expect(!d.allowed)
    #expect(!d.statements[0].principalMatched)
  }

  @Test func trailingSlashIssuerNeedsExactProvider() {
    let policy = PolicyDocument(statements: [
      PolicyStatement(
        effect: .allow, principal: PolicyPrincipal(federated: ["arn:aws:iam::123456789012:oidc-provider/x.auth0.com/"]),
        actions: ["sts:AssumeRoleWithWebIdentity"])
    ])
    #expect(PolicyEvaluator.principalMatches(policy.statements[0].principal, issuer: "https://x.auth0.com/"))
    #expect(!PolicyEvaluator.principalMatches(policy.statements[0].principal, issuer: "https://x.auth0.com"))
  }

  @Test(arguments: [
    (#""sts:AssumeRoleWithWebIdentity""#, true), (#""sts:assumerolewithwebidentity""#, true), (#""sts:*""#, true),
    (#""sts:AssumeRole""#, false), (#"["sts:TagSession"]"#, false),
  ])
  func actionMatching(action: String, allowed: Bool) {
    let text = S.policyText(
      action: action, condition: #"{"StringEquals": {"gitlab.com:sub": "project_path:mygroup/myproject:ref_type:branch:ref:main"}}"#)
    #expect(decide(text, S.gitlabClaims()).allowed == allowed)
  }

  @Test func notActionIsInverted() {
    let text = """
      {"Statement": {"Effect": "Allow", "Principal": "*", "NotAction": "sts:AssumeRole"}}
      """
    #expect(decide(text, S.gitlabClaims()).allowed)
  }

  @Test func keyNamesAreCaseInsensitive() {
    let text = S.policyText(condition: #"{"StringEquals": {"GitLab.COM:SUB": "project_path:mygroup/myproject:ref_type:branch:ref:main"}}"#)
    #expect(decide(text, S.gitlabClaims()).allowed)
  }

  @Test func claimIAMDoesNotEvaluateIsAbsent() {
    // project_path is a claim of the token but not a condition key IAM evaluates for gitlab.com.
    let text = S.policyText(condition: #"{"StringEquals": {"gitlab.com:project_path": "mygroup/myproject"}}"#)
    let d = decide(text, S.gitlabClaims())
    #expect(!d.allowed)
    #expect(d.statements[0].conditions[0].actual == nil)
    // project_id is one (gitlab.com only).
    let byID = S.policyText(
      condition:
        #"{"StringEquals": {"gitlab.com:project_id": "42", "gitlab.com:sub": "project_path:mygroup/myproject:ref_type:branch:ref:main"}}"#)
    #expect(decide(byID, S.gitlabClaims()).allowed)
    #expect(!decide(byID, S.gitlabClaims(), profile: S.privateIssuer).allowed)
  }

  static let tags = JSONMember(
    "https://aws.amazon.com/tags",
    .object([
      JSONMember("principal_tags", .object([JSONMember("Project", ["Automation"])])), JSONMember("transitive_tag_keys", ["Project"]),
    ]))

  @Test func sessionTagsNeedTagSession() {
    let claims = S.gitlabClaims(extra: [Self.tags])
    let without = decide(Self.gitlabPolicy, claims)
    #expect(!without.allowed)
    #expect(without.requiredActions == ["sts:AssumeRoleWithWebIdentity", "sts:TagSession"])
    #expect(without.reason.hasPrefix("no statement allows sts:TagSession"))
    let with = S.policyText(
      action: #"["sts:AssumeRoleWithWebIdentity", "sts:TagSession"]"#,
      condition:
        #"{"StringEquals": {"aws:RequestTag/Project": "Automation", "sts:TransitiveTagKeys": "Project"}, "ForAllValues:StringEquals": {"aws:TagKeys": ["Project", "Team"]}, "StringLike": {"gitlab.com:sub": "project_path:mygroup/*"}}"#
    )
    #expect(decide(with, claims).allowed)
  }

  @Test func multipleAllowStatementsAreAlternatives() {
    let text = """
      {"Statement": [
        {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/gitlab.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"gitlab.com:sub": "nope"}}},
        {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/gitlab.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"gitlab.com:sub": "*:ref:main"}}}]}
      """
    let d = decide(text, S.gitlabClaims())
    #expect(d.allowed)
    #expect(d.reason == "statement 2 allows sts:AssumeRoleWithWebIdentity")
  }

  @Test func noStatementForWebIdentityIsImplicitDeny() {
    let text = #"{"Statement": {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}}"#
    let d = decide(text, S.gitlabClaims())
    #expect(!d.allowed)
    #expect(d.reason.contains("principal is not this token's provider"))
  }

  @Test func audienceArrayMatchesAnyValue() {
    let text = S.policyText(
      condition:
        #"{"StringEquals": {"gitlab.com:aud": "https://gitlab.com", "gitlab.com:sub": "project_path:mygroup/myproject:ref_type:branch:ref:main"}}"#
    )
    #expect(decide(text, S.gitlabClaims(aud: ["other", "https://gitlab.com"])).allowed)
  }

  @Test func findingsCarryTheTrace() {
    let token = S.jwt(S.gitlabClaims(project: "mygroup/other"))
    let findings = PolicyChecks.findings(policyText: Self.gitlabPolicy, token: token, profile: S.gitlabCom)
    let deny = try! #require(findings.first { $0.id == .policyDeniesToken })
    #expect(deny.severity == .error)
    #expect(deny.awsError == "AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity")
    #expect(deny.evidence("decision") == "deny")
    #expect(deny.evidence("statement 1 condition 2")?.hasSuffix(": fail") == true)
    #expect(deny.evidence("statement 1 condition 2")?.contains(#"actual "project_path:mygroup/other:ref_type:branch:ref:main""#) == true)
    let allow = PolicyChecks.findings(policyText: Self.gitlabPolicy, token: S.jwt(S.gitlabClaims()), profile: S.gitlabCom)
    #expect(allow.map(\.id) == [.policyAllowsToken])
    #expect(allow[0].severity == .info)
  }

  @Test func traceEscapesTokenText() {
    let token = S.jwt(S.gitlabClaims(ref: "main\u{1B}[31m"))
    let findings = PolicyChecks.findings(policyText: Self.gitlabPolicy, token: token, profile: S.gitlabCom)
    let line = try! #require(findings.last?.evidence("statement 1 condition 2"))
    #expect(!line.unicodeScalars.contains("\u{1B}"))
    #expect(line.contains("\\\\u001b") || line.contains("\\e") || line.contains("\\u001b"))
  }

  @Test func invalidPolicyGivesOnlyPolicyInvalid() {
    let findings = PolicyChecks.findings(policyText: "{\"Statement\": 3}", token: S.jwt(S.gitlabClaims()), profile: S.gitlabCom)
    #expect(findings.map(\.id) == [.policyInvalid])
    #expect(findings[0].evidence("problem") == "Statement is a integer, not an object or an array of objects")
  }
}

import Testing

@testable import FedCore

/// `policy generate --token-file`: the inferred policy admits the token and nothing next to it,
/// as FedCore's evaluator decides.
struct PolicyInferenceTests {
  /// The claims with some members replaced or added.
  static func with(_ claims: JSONValue, _ changes: [String: JSONValue]) -> JSONValue {
    guard case .object(var members) = claims else { return claims }
    for (name, value) in changes.sorted(by: { $0.key < $1.key }) {
      if let i = members.firstIndex(where: { $0.name == name }) {
        members[i].value = value
      } else {
        members.append(JSONMember(name, value))
      }
    }
    return .object(members)
  }

  static func inferredPolicy(_ claims: JSONValue, partition: AWSPartition? = nil) throws -> (PolicyInference, PolicyDocument) {
    let inference = try PolicyInferencer.infer(PolicyTestSupport.jwt(claims), partition: partition).get()
    var wizard = PolicyWizard(answers: inference.answers)
    wizard.edit { $0.accountID = PolicyTestSupport.account }
    return (inference, PolicyGenerator.document(for: try wizard.spec().get()))
  }

  static func allowed(_ policy: PolicyDocument, _ claims: JSONValue) -> Bool {
    PolicyEvaluator.evaluate(policy, claims: claims, issuer: claims["iss"]?.stringValue ?? "").allowed
  }

  static let github = PolicyTestSupport.githubClaims(
    sub: "repo:octo/app:ref:refs/heads/main", extra: [JSONMember("ref", "refs/heads/main"), JSONMember("event_name", "push")])

  @Test func githubBranchTokenIsAdmittedAndItsNeighboursAreNot() throws {
    let (inference, policy) = try Self.inferredPolicy(Self.github)
    #expect(inference.answers.provider == .github)
    #expect(inference.answers.audiences == ["sts.amazonaws.com"])
    #expect(inference.answers.scope.repos == ["octo/app"] && inference.answers.scope.branches == ["main"])
    #expect(Self.allowed(policy, Self.github))
    let otherRepo = Self.with(Self.github, ["sub": "repo:octo/other:ref:refs/heads/main", "repository": "octo/other"])
    let otherRef = Self.with(Self.github, ["sub": "repo:octo/app:ref:refs/heads/dev", "ref": "refs/heads/dev"])
    let pullRequest = Self.with(
      Self.github, ["sub": "repo:octo/app:pull_request", "event_name": "pull_request", "ref": "refs/pull/7/merge"])
    let tag = Self.with(Self.github, ["sub": "repo:octo/app:ref:refs/tags/main", "ref": "refs/tags/main", "ref_type": "tag"])
    for (name, claims) in [("another repository", otherRepo), ("another ref", otherRef), ("a pull request", pullRequest), ("a tag", tag)] {
      #expect(!Self.allowed(policy, claims), "admits \(name)")
    }
  }

  @Test func githubEnvironmentTokenIsScopedToItsEnvironment() throws {
    let claims = Self.with(Self.github, ["sub": "repo:octo/app:environment:prod", "environment": "prod"])
    let (inference, policy) = try Self.inferredPolicy(claims)
    #expect(inference.answers.scope.environments == ["prod"] && inference.answers.scope.branches.isEmpty)
    #expect(inference.reasons.contains { $0.contains("environment in sub, not the ref") })
    #expect(Self.allowed(policy, claims))
    #expect(!Self.allowed(policy, Self.with(claims, ["sub": "repo:octo/app:environment:staging", "environment": "staging"])))
    #expect(!Self.allowed(policy, Self.github), "admits the same repository's job without the environment")
  }

  @Test func githubTagAndImmutableSubjectsKeepTheirForm() throws {
    let tagClaims = Self.with(Self.github, ["sub": "repo:octo/app:ref:refs/tags/v1.2", "ref": "refs/tags/v1.2", "ref_type": "tag"])
    let (tagInference, tagPolicy) = try Self.inferredPolicy(tagClaims)
    #expect(tagInference.answers.scope.tags == ["v1.2"])
    #expect(Self.allowed(tagPolicy, tagClaims) && !Self.allowed(tagPolicy, Self.github))
    let immutable = Self.with(Self.github, ["sub": "repo:octo@11/app@22:ref:refs/heads/main"])
    let (immutableInference, immutablePolicy) = try Self.inferredPolicy(immutable)
    #expect(immutableInference.answers.scope.repos == ["octo@11/app@22"])
    #expect(Self.allowed(immutablePolicy, immutable) && !Self.allowed(immutablePolicy, Self.github))
  }

  static let gitlab = PolicyTestSupport.gitlabClaims(project: "group/app", ref: "main")

  @Test func gitlabTokenIsAdmittedAndItsNeighboursAreNot() throws {
    let (inference, policy) = try Self.inferredPolicy(Self.gitlab)
    #expect(inference.answers.provider == .gitlab && inference.answers.audiences == ["https://gitlab.com"])
    #expect(inference.answers.scope.projectPaths == ["group/app"] && inference.answers.scope.refs == ["main"])
    #expect(Self.allowed(policy, Self.gitlab))
    let sub = { (p: String, t: String, r: String) -> JSONValue in .string("project_path:\(p):ref_type:\(t):ref:\(r)") }
    let otherProject = Self.with(Self.gitlab, ["sub": sub("group/other", "branch", "main"), "project_path": "group/other"])
    let otherRef = Self.with(Self.gitlab, ["sub": sub("group/app", "branch", "dev"), "ref": "dev"])
    // A fork MR pipeline: project_path is the fork (the source project), the ref its branch.
    let forkMR = Self.with(
      Self.gitlab,
      [
        "sub": sub("fork/app", "branch", "main"), "project_path": "fork/app", "pipeline_source": "merge_request_event",
        "job_project_path": "group/app",
      ])
    let tag = Self.with(Self.gitlab, ["sub": sub("group/app", "tag", "main"), "ref_type": "tag"])
    for (name, claims) in [("another project", otherProject), ("another ref", otherRef), ("a fork MR", forkMR), ("a tag", tag)] {
      #expect(!Self.allowed(policy, claims), "admits \(name)")
    }
  }

  @Test func selfManagedIssuerAndAudienceComeFromTheToken() throws {
    let claims = PolicyTestSupport.gitlabClaims(iss: "https://gitlab.example.org", aud: "aws-prod", project: "ops/deploy", ref: "v2")
    let (inference, policy) = try Self.inferredPolicy(claims)
    #expect(inference.answers.issuer == "https://gitlab.example.org" && inference.answers.audiences == ["aws-prod"])
    #expect(policy.statements.first?.principal.federated == ["arn:aws:iam::123456789012:oidc-provider/gitlab.example.org"])
    #expect(Self.allowed(policy, claims))
    #expect(!Self.allowed(policy, Self.with(claims, ["aud": "https://gitlab.example.org"])))
  }

  @Test func partitionComesFromTheRoleOrTheChinaAudience() throws {
    let china = Self.with(Self.github, ["aud": "sts.amazonaws.com.cn"])
    #expect(try PolicyInferencer.infer(PolicyTestSupport.jwt(china)).get().answers.partition == .awsCN)
    #expect(try PolicyInferencer.infer(PolicyTestSupport.jwt(Self.github)).get().answers.partition == .aws)
    let gov = try PolicyInferencer.infer(PolicyTestSupport.jwt(Self.github), partition: .awsUSGov).get()
    #expect(gov.answers.partition == .awsUSGov && gov.reasons.contains { $0.hasPrefix("partition aws-us-gov") })
  }

  @Test(arguments: [
    (["sub": JSONValue.null], "sub"), (["aud": JSONValue.integer(3)], "aud"),
    (["sub": "repo:octo/app:job_workflow_ref:octo/app/.github/workflows/x.yml@refs/heads/main"], "sub"),
    (["sub": "custom:octo/app"], "sub"),
  ])
  func tokensThatCannotBeScopedSayWhichClaim(_ change: [String: JSONValue], _ claim: String) throws {
    let claims = Self.with(Self.github, change)
    guard case .failure(let failure) = PolicyInferencer.infer(PolicyTestSupport.jwt(claims)) else {
      Issue.record("inferred a policy from \(change)")
      return
    }
    #expect(failure.message.contains(claim))
  }

  @Test func gitlabTokenWithACustomisedSubIsRefused() throws {
    let claims = Self.with(Self.gitlab, ["sub": "project_path:group/app:ref_type:branch:ref:main:environment:prod"])
    guard case .failure(let failure) = PolicyInferencer.infer(PolicyTestSupport.jwt(claims)) else {
      Issue.record("inferred a policy that would not admit the token's sub")
      return
    }
    #expect(failure.message.contains("default form"))
  }
}

import FedCore
import Testing

@Suite struct KnownProvidersTests {
  @Test(arguments: [
    ("https://gitlab.com", ProviderProfile.Kind.gitlabCom, true),
    ("gitlab.com", .gitlabCom, true),
    ("https://gitlab.example.com", .gitlabSelfManaged, false),
    ("gitlab.example.com", .gitlabSelfManaged, false),
    ("https://token.actions.githubusercontent.com", .githubActions, true),
    // Enterprise slug issuers are shared too (unfunco/terraform-aws-oidc-github#57).
    ("https://token.actions.githubusercontent.com/octo-enterprise", .githubActions, true),
    ("https://token.actions.acme.ghe.com", .githubActions, false),
    ("https://github.example.com/_services/token", .githubActions, false),
    ("https://agent.buildkite.com", .buildkite, true),
    ("https://oidc.circleci.com/org/1b2c3d", .circleci, false),
    ("https://app.terraform.io", .terraformCloud, true),
    ("https://api.bitbucket.org/2.0/workspaces/acme/pipelines-config/identity/oidc", .bitbucket, false),
    ("https://example.org/api/actions", .generic, false),
  ])
  func issuerMatching(issuer: String, kind: ProviderProfile.Kind, shared: Bool) {
    let profile = KnownProviders.profile(forIssuer: issuer)
    #expect(profile.kind == kind)
    #expect(profile.sharedIssuer == shared)
    #expect(!profile.sources.isEmpty)
  }

  @Test(arguments: [
    ("https://gitlab.com", "project_id", ProviderProfile.Conditionability.confirmed),
    ("https://gitlab.com", "pipeline_source", .confirmed),
    ("https://gitlab.com", "project_path", .no),
    ("https://gitlab.example.com", "project_id", .no),
    ("https://gitlab.example.com", "sub", .confirmed),
    ("https://token.actions.githubusercontent.com", "repository_id", .confirmed),
    // Service Authorization Reference for STS (via iam-floyd sts.ts, 2026-08).
    ("https://token.actions.githubusercontent.com", "repository_owner_id", .confirmed),
    ("https://token.actions.githubusercontent.com", "event_name", .no),
    ("https://token.actions.githubusercontent.com", "job_workflow_sha", .no),
    ("https://token.actions.githubusercontent.com", "run_id", .no),
    ("https://token.actions.githubusercontent.com/acme", "repository", .confirmed),
    ("https://token.actions.acme.ghe.com", "repository_owner_id", .confirmed),
    ("https://github.com/enterprises/acme", "enterprise_id", .confirmed),
    ("https://github.example.com/_services/token", "repository", .no),
    ("https://gitlab.com", "runner_environment", .confirmed),
    ("https://agent.buildkite.com", "pipeline_slug", .confirmed),
    ("https://agent.buildkite.com", "build_branch", .confirmed),
    ("https://agent.acme.buildkite.dev", "cluster_id", .confirmed),
    ("https://accounts.google.com", "google/organization_number", .confirmed),
    ("https://oidc.circleci.com/org/abc", "oidc.circleci.com/project-id", .confirmed),
    ("https://idcs-abc123.identity.oraclecloud.com", "rpst_id", .confirmed),
    ("https://app.terraform.io", "terraform_organization_name", .unconfirmed),
    ("https://issuer.example.com", "email", .unconfirmed),
    ("https://issuer.example.com", "AUD", .confirmed),
  ])
  func conditionability(issuer: String, claim: String, expected: ProviderProfile.Conditionability) {
    #expect(KnownProviders.profile(forIssuer: issuer).conditionability(claim) == expected)
  }

  @Test func sharedIssuersNameTheirRequiredClaim() {
    for profile in KnownProviders.all where profile.sharedIssuer {
      #expect(!profile.requiredPolicyClaims.isEmpty, "\(profile.name)")
    }
    #expect(KnownProviders.githubActions.requiredPolicyClaims == ["sub", "job_workflow_ref"])
    #expect(SharedIssuers.requiredClaims(forIssuer: "https://token.actions.githubusercontent.com/myslug") == ["sub"])
  }

  @Test(arguments: [
    ("https://oidc.eks.eu-west-1.amazonaws.com/id/0123456789ABCDEF", ProviderProfile.Kind.kubernetes),
    ("https://oidc.eks.cn-north-1.amazonaws.com.cn/id/ABC", .kubernetes),
    ("https://oidc.eks.example.com/id/ABC", .generic),
  ])
  func eksIssuers(issuer: String, kind: ProviderProfile.Kind) {
    let profile = KnownProviders.profile(forIssuer: issuer)
    #expect(profile.kind == kind)
    if kind == .kubernetes {
      #expect(profile.subIdentifiesProject("system:serviceaccount:default:app") == true)
      #expect(!profile.sharedIssuer)
    }
  }

  @Test func kubernetesShapedClaimsOnAnyIssuer() {
    let claims: JSONValue = .object([JSONMember("sub", "system:serviceaccount:ns:sa"), JSONMember("aud", .array(["sts.amazonaws.com"]))])
    #expect(KnownProviders.profile(forIssuer: "https://k8s.example.com", claims: claims).kind == .kubernetes)
  }

  @Test func gitlabShapedClaimsOnUnknownHostAreSelfManagedGitLab() {
    let claims: JSONValue = .object([
      JSONMember("project_path", "g/p"), JSONMember("pipeline_id", "1"), JSONMember("job_id", "2"),
    ])
    let profile = KnownProviders.profile(forIssuer: "https://127.0.0.1:8443", claims: claims)
    #expect(profile.kind == .gitlabSelfManaged)
    #expect(profile.alternateKeyPaths.contains("/-/jwks"))
  }

  @Test func iamNaming() {
    #expect(IAMNaming.conditionKey(issuer: "https://oidc.circleci.com/org/abc", claim: "sub") == "oidc.circleci.com/org/abc:sub")
    #expect(IAMNaming.providerARN(issuer: "https://x.auth0.com/", account: "123") == "arn:aws:iam::123:oidc-provider/x.auth0.com/")
  }
}

extension KnownProvidersTests {
  @Test(arguments: [
    ("https://api.pulumi.com/oidc", ["aud"]), ("https://oidc.vercel.com", ["aud"]), ("https://scalr.io", ["sub"]),
    ("https://oidc.op1.openshiftapps.com/abc", ["sub"]),
  ])
  func sharedIssuersOutsideTheCITable(issuer: String, required: [String]) {
    let profile = KnownProviders.profile(forIssuer: issuer)
    #expect(profile.kind == .generic)
    #expect(profile.sharedIssuer)
    #expect(profile.requiredPolicyClaims == required)
  }

  @Test func tableAndProfilesAgree() {
    for profile in KnownProviders.all where profile.sharedIssuer {
      #expect(SharedIssuers.requiredClaims(forIssuer: profile.issuerExample) == profile.requiredPolicyClaims, "\(profile.name)")
    }
    #expect(SharedIssuers.requiredClaims(forIssuer: "https://gitlab.example.com") == nil)
  }
}

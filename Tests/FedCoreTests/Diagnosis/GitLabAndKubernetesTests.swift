import FedCore
import Testing

/// GitLab 17–19 (gitlab-org/gitlab!202241 fork MR claims, !208271 new claims, #509578 CI_JOB_TOKEN
/// as a JWT with the glcbt- prefix) and EKS/IRSA tokens (aud ["sts.amazonaws.com"] accepted; sub
/// system:serviceaccount:<ns>:<name>).
@Suite struct GitLabAndKubernetesTests {
  @Test func forkMergeRequestPipelineIsNamed() throws {
    let claims = TestToken.gitlabClaims([
      "project_path": #""fork-user/project""#, "sub": #""project_path:fork-user/project:ref_type:branch:ref:feature""#,
      "job_project_path": #""group/project""#, "pipeline_source": #""merge_request_event""#,
      "target_ref": #""main""#, "target_ref_protected": #""true""#, "pipeline_source_event": #""merge_request_event""#,
    ])
    let f = try #require(TestToken.diagnose(TestToken.make(claims: claims)).first(.gitlabForkPipeline))
    #expect(f.severity == .warning)
    #expect(f.evidence("project_path (the fork)") == "fork-user/project")
    #expect(f.evidence("job_project_path (where the job runs)") == "group/project")
    #expect(f.evidence("target_ref") == "\"main\"")
  }

  @Test func sameProjectIsNoForkPipeline() {
    let claims = TestToken.gitlabClaims(["job_project_path": #""group/project""#])
    #expect(!TestToken.diagnose(TestToken.make(claims: claims)).ids.contains(.gitlabForkPipeline))
  }

  @Test func newGitLabClaimsAreNotConditionKeys() {
    for claim in ["job_project_path", "pipeline_source_event", "target_ref", "target_ref_protected"] {
      #expect(KnownProviders.gitlabCom.conditionability(claim) == .no, "\(claim)")
    }
  }

  @Test func ciJobTokenIsNotAnIDToken() throws {
    let jwt = TestToken.make(claims: TestToken.gitlabClaims(drop: ["aud"]))
    let f = try #require(TestToken.diagnose("glcbt-" + jwt).first(.tokenNotIDToken))
    #expect(f.severity == .error)
    #expect(f.fix?.contains("id_tokens:") == true)
    #expect(TestToken.diagnose(jwt).first(.tokenNotIDToken) == nil)
  }

  static let eksIssuer = "https://oidc.eks.eu-west-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF"

  @Test func irsaTokenIsAcceptedShape() {
    let claims =
      #"{"iss":"\#(Self.eksIssuer)","aud":["sts.amazonaws.com"],"sub":"system:serviceaccount:payments:api","kubernetes.io":{"namespace":"payments"},"iat":\#(TestToken.now - 10),"exp":\#(TestToken.now + 3600)}"#
    let ids = TestToken.diagnose(TestToken.make(claims: claims), audiences: ["sts.amazonaws.com"]).ids
    #expect(!ids.contains(.audMultiple))
    #expect(!ids.contains(.subNotScoping))
    #expect(!ids.contains(.audNotRegistered))
  }

  @Test func eksAssumptionSaysHowToCreateTheProvider() throws {
    let claims =
      #"{"iss":"\#(Self.eksIssuer)","aud":["sts.amazonaws.com"],"sub":"system:serviceaccount:payments:api","iat":\#(TestToken.now - 10),"exp":\#(TestToken.now + 3600)}"#
    let input = DiagnosisInput(token: TokenInput(raw: TestToken.make(claims: claims)))
    let assumptions = VerdictAssumptions.list(input, trustPolicyKnown: false)
    #expect(assumptions.contains { $0.contains("eksctl utils associate-iam-oidc-provider") })
  }
}

extension GitLabAndKubernetesTests {
  @Test func eksProviderMismatchSaysHowToCreateTheProvider() throws {
    let claims =
      #"{"iss":"\#(Self.eksIssuer)","aud":["sts.amazonaws.com"],"sub":"system:serviceaccount:payments:api","iat":\#(TestToken.now - 10),"exp":\#(TestToken.now + 3600)}"#
    let findings = TestToken.diagnose(
      TestToken.make(claims: claims), providerURL: "https://oidc.eks.eu-west-1.amazonaws.com/id/OTHERCLUSTER")
    let f = try #require(findings.first(.issProviderMismatch))
    #expect(f.fix?.contains("eksctl utils associate-iam-oidc-provider") == true)
  }
}

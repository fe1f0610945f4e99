import FedCore
import Testing

/// GitHub subjects (github/docs#45221: `repo:OWNER@OWNER_ID/REPO@REPO_ID:…`, automatic since
/// 2026-07-15 for new, renamed or transferred repositories; configure-aws-credentials#746: a custom
/// template that still contains `repo:OWNER/REPO` scopes the role).
@Suite struct GitHubSubjectTests {
  static let claims =
    #""iss":"https://token.actions.githubusercontent.com","aud":"sts.amazonaws.com","repository":"octo-org/octo-repo","repository_owner":"octo-org","repository_owner_id":"65","repository_id":"74","ref":"refs/heads/main","event_name":"push","iat":\#(TestToken.now - 10),"exp":\#(TestToken.now + 300)"#

  static func diagnose(sub: String) -> [Finding] {
    TestToken.diagnose(TestToken.make(claims: "{" + claims + #","sub":"\#(sub)"}"#), audiences: ["sts.amazonaws.com"])
  }

  @Test func immutablePredictionFromClaims() throws {
    let claims = try JSONParser.parse("{" + Self.claims + "}")
    #expect(SubPrediction.githubImmutable(claims: claims) == "repo:octo-org@65/octo-repo@74:ref:refs/heads/main")
    #expect(SubPrediction.github(claims: claims) == "repo:octo-org/octo-repo:ref:refs/heads/main")
  }

  @Test func immutableSubIsDecoded() throws {
    let f = try #require(Self.diagnose(sub: "repo:octo-org@65/octo-repo@74:ref:refs/heads/main").first(.subNonDefault))
    #expect(f.evidence("owner") == "octo-org (ID 65)")
    #expect(f.evidence("repository") == "octo-repo (ID 74)")
    #expect(f.evidence("name-based form") == "repo:octo-org/octo-repo:ref:refs/heads/main")
    #expect(f.evidence("immutable default gives") == nil)
  }

  /// Before: `sub-not-scoping` with advice to restore the default template, which would break a working policy.
  @Test func customTemplateNamingTheRepoScopes() {
    let sub = "ref:refs/heads/main:repo:octo-org/octo-repo:job_workflow_ref:octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main"
    let ids = Self.diagnose(sub: sub).ids
    #expect(!ids.contains(.subNotScoping))
    #expect(ids.contains(.subNonDefault))
  }

  @Test func customTemplateWithoutTheRepoStillDoesNotScope() {
    #expect(Self.diagnose(sub: "job_workflow_ref:octo-org/wf/.github/workflows/ci.yml@refs/heads/main").ids.contains(.subNotScoping))
  }
}

import FedCore
import Testing

/// GitHub `sub` forms (github/docs#45221: `repo:OWNER@OWNER_ID/REPO@REPO_ID:…`;
/// configure-aws-credentials#746: a custom template that keeps `repo:OWNER/REPO` scopes the role).
@Suite struct GitHubSubTests {
  @Test func immutableFormParses() throws {
    let repo = try #require(GitHubSub.repository("repo:octo-org@123456/my-repo@789012:ref:refs/heads/main"))
    #expect(repo == GitHubSub.Repository(owner: "octo-org", ownerID: "123456", name: "my-repo", repoID: "789012"))
    #expect(repo.legacyPath == "octo-org/my-repo")
    #expect(GitHubSub.isImmutable("repo:octo-org@123456/my-repo@789012:environment:prod"))
    #expect(!GitHubSub.isImmutable("repo:octo-org/my-repo:environment:prod"))
  }

  @Test(arguments: [
    ("ref:refs/heads/main:repo:owner/Repo:job_workflow_ref:owner/Repo/.github/workflows/ci.yml@refs/heads/main", true),
    ("repo:owner/repo:pull_request", true),
    ("job_workflow_ref:owner/repo/.github/workflows/ci.yml@refs/heads/main", false),
    ("repository_owner_id:42:context:prod", false),
  ])
  func customTemplates(sub: String, names: Bool) {
    #expect(GitHubSub.namesRepository(sub) == names)
    #expect(KnownProviders.githubActions.subIdentifiesProject(sub) == names)
  }
}

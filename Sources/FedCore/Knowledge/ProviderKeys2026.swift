/// The provider-specific condition keys STS evaluates for `AssumeRoleWithWebIdentity` since
/// 2026, per issuer form.
///
/// Source for every list: the Service Authorization Reference for STS
/// (docs.aws.amazon.com/service-authorization/latest/reference/list_sts.html), as generated into
/// udondan/iam-floyd `lib/generated/policy-statements/sts.ts` (commit 50d8b53, 2026-08-22).
/// Announcement: AWS What's New 2026-01 "AWS STS supports validation of identity provider claims".
/// The keys are checked at the call and are not carried into the session (cageyv.dev 2026).
public enum ProviderKeys2026 {
  /// GitHub Actions keys, for `token.actions.githubusercontent.com`, `…/<slug>`,
  /// `token.actions.<domain>.ghe.com` and `github.com/enterprises/<name>` (never GHES).
  /// `repository_owner_id` is in the table (it moved from unconfirmed to confirmed).
  public static let github = [
    "actor", "actor_id", "enterprise_id", "environment", "job_workflow_ref", "ref", "repository", "repository_id",
    "repository_owner_id", "workflow",
  ]

  /// GitHub claims that are *not* condition keys (absent from the table above): a condition on
  /// one never matches.
  public static let githubNotKeys = [
    "job_workflow_sha", "event_name", "run_id", "run_number", "run_attempt", "workflow_ref", "workflow_sha",
    "runner_environment", "repository_visibility", "ref_protected", "ref_type", "base_ref", "head_ref", "repository_owner",
    "sha",
  ]

  /// gitlab.com keys (self-managed and Dedicated GitLab get none; GitLab docs
  /// "Use ID token claims in cloud trust policies"). `runner_environment` is new in the table.
  public static let gitlabCom = [
    "namespace_id", "pipeline_source", "project_id", "ref_protected", "runner_environment", "user_access_level",
    "user_email", "user_id", "user_login",
  ]

  /// Buildkite keys, for `agent.buildkite.com` (and the `agent.<domain>.buildkite.dev|site` forms).
  public static let buildkite = [
    "build_branch", "cluster_id", "cluster_name", "organization_id", "organization_slug", "pipeline_id", "pipeline_slug",
  ]

  /// Google (`accounts.google.com`): `google/organization_number` is numeric (NumericEquals).
  public static let google = ["aud", "oaud", "sub", "google/organization_number"]

  /// CircleCI (`oidc.circleci.com/org/<OrgId>`): the key's claim part carries the host again.
  public static let circleci = ["oidc.circleci.com/project-id"]

  /// Oracle Cloud Infrastructure (`idcs-<id>.identity.oraclecloud.com`).
  public static let oci = ["rpst_id"]

  /// `sts:RoleAuthorizedByIdp` (Bool): "whether the identity provider authorized the role via
  /// the roles claim in the OIDC token" (same table).
  public static let roleAuthorizedByIdp = "sts:RoleAuthorizedByIdp"
}

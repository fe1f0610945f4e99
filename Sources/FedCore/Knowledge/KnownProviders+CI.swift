/// The provider table's entries. Facts and sources: `spec/providers.md`, `spec/aws-oidc-rules.md`.
/// A claim in `conditionableClaims` is documented (or reproduced); one in
/// `unconfirmedConditionableClaims` comes from secondary readings only.
extension KnownProviders {
  /// Keys IAM lists for every OIDC provider on its "Default" tab, read only through secondary sources.
  static let defaultTabUnconfirmed = ["amr", "email", "oaud"]

  /// `ci_id_token_sub_claim_components` values (the last three reportedly from 18.7, unverified).
  static let gitlabSubComponents = ["project_path", "ref_type", "ref", "ref_protected", "environment_protected", "deployment_tier"]

  static let gitlabSubCustomization =
    "GitLab 17.x+: the project setting ci_id_token_sub_claim_components ([project_path, ref_type, ref] by default; "
    + "also [project_path, ref] or [project_path, ref_type]; ref_protected/environment_protected/deployment_tier reportedly from 18.7)"

  /// GitLab.com: shared issuer; AWS evaluates eight GitLab claims besides `sub`/`aud`.
  public static let gitlabCom = ProviderProfile(
    kind: .gitlabCom, name: "GitLab.com", issuerExample: "https://gitlab.com", issuerPattern: "https://gitlab.com",
    defaultAudience: nil, subFormat: "project_path:{group}/{project}:ref_type:{branch|tag}:ref:{ref}",
    subScopePrefixes: ["project_path:"], subCustomization: gitlabSubCustomization,
    sessionTagsRoute: nil, subTemplateClaims: gitlabSubComponents, alternateKeyPaths: ["/-/jwks", "/oauth/discovery/keys"],
    conditionableClaims: [
      "aud", "sub", "namespace_id", "project_id", "user_id", "user_login", "user_email", "user_access_level",
      "ref_protected", "pipeline_source",
    ],
    unconfirmedConditionableClaims: defaultTabUnconfirmed, sharedIssuer: true, requiredPolicyClaims: ["sub"],
    sources: [
      "providers.md §1.6: GitLab docs id_token_authentication.md 'Use ID token claims in cloud trust policies' (gitlab.com extra keys)",
      "aws-oidc-rules.md §7: shared-issuer table (gitlab.com requires sub) [S]",
      "providers.md §1.5: jwks_uri /oauth/discovery/keys; legacy CI-key alias /-/jwks",
      "aud: whatever id_tokens requests (no default since GitLab 15.7; V2 used the instance URL)",
    ])

  /// Self-managed / Dedicated GitLab: private issuer; IAM evaluates only `sub` and `aud`.
  public static let gitlabSelfManaged = ProviderProfile(
    kind: .gitlabSelfManaged, name: "GitLab (self-managed)", issuerExample: "https://gitlab.example.com",
    issuerPattern: "https://<instance external_url> (or ci_id_tokens_issuer_url, 18.1+)", defaultAudience: nil,
    subFormat: "project_path:{group}/{project}:ref_type:{branch|tag}:ref:{ref}",
    subScopePrefixes: ["project_path:"], subCustomization: gitlabSubCustomization, sessionTagsRoute: nil,
    subTemplateClaims: gitlabSubComponents,
    alternateKeyPaths: ["/-/jwks", "/oauth/discovery/keys"], conditionableClaims: ["aud", "sub"],
    unconfirmedConditionableClaims: defaultTabUnconfirmed, sharedIssuer: false, requiredPolicyClaims: [],
    sources: [
      "providers.md §1.6: 'not currently available for GitLab Self-Managed or GitLab Dedicated, where only the sub claim is supported'",
      "providers.md §1.5: iss is the external_url (may be http://, which AWS rejects)",
    ])

  static let githubKeys2026 = [
    "actor", "actor_id", "job_workflow_ref", "repository", "repository_id", "workflow", "ref", "environment",
    "enterprise_id",
  ]

  /// GitHub Actions on github.com: shared issuer; the 2026 provider-specific keys.
  public static let githubActions = ProviderProfile(
    kind: .githubActions, name: "GitHub Actions", issuerExample: "https://token.actions.githubusercontent.com",
    issuerPattern: "https://token.actions.githubusercontent.com", defaultAudience: "sts.amazonaws.com",
    subFormat: "repo:{owner}/{repo}:environment:{env} | repo:{owner}/{repo}:pull_request | repo:{owner}/{repo}:ref:{ref}",
    subScopePrefixes: ["repo:"],
    subCustomization:
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub {\"use_default\":false,\"include_claim_keys\":[\"repo\",\"context\",…]} (or the org template)",
    sessionTagsRoute: nil, subTemplateClaims: nil, alternateKeyPaths: ["/.well-known/jwks"],
    conditionableClaims: ["aud", "sub"] + githubKeys2026,
    unconfirmedConditionableClaims: ["repository_owner_id"] + defaultTabUnconfirmed, sharedIssuer: true,
    requiredPolicyClaims: ["sub", "job_workflow_ref"],
    sources: [
      "aws-oidc-rules.md §6: AWS What's New 2026-01 provider-specific claims; GitHub keys per cageyv.dev/TrustEdge [S]; repository_owner_id only in TrustEdge's reading",
      "aws-oidc-rules.md §7: shared issuer, requires sub or job_workflow_ref",
      "providers.md §2.1/§2.3: JWKS at /.well-known/jwks; configure-aws-credentials requests aud sts.amazonaws.com (GitHub's own default is https://github.com/<owner>)",
    ])

  /// GitHub Actions with an enterprise-unique issuer, GHE.com or GHES: private issuers; the
  /// 2026 keys are documented for `token.actions.githubusercontent.com` only.
  public static let githubEnterprise = ProviderProfile(
    kind: .githubActions, name: "GitHub Actions (enterprise issuer / GHES)",
    issuerExample: "https://token.actions.githubusercontent.com/<enterprise>",
    issuerPattern:
      "https://token.actions.githubusercontent.com/<enterprise> | https://token.actions.<subdomain>.ghe.com | https://<host>/_services/token",
    defaultAudience: "sts.amazonaws.com", subFormat: githubActions.subFormat, subScopePrefixes: ["repo:"],
    subCustomization: githubActions.subCustomization, sessionTagsRoute: nil, subTemplateClaims: nil,
    alternateKeyPaths: ["/.well-known/jwks"],
    conditionableClaims: ["aud", "sub"], unconfirmedConditionableClaims: githubKeys2026 + ["repository_owner_id"] + defaultTabUnconfirmed,
    sharedIssuer: false, requiredPolicyClaims: [],
    sources: [
      "providers.md §2.1: enterprise issuer path (include_enterprise_slug), GHE.com, GHES /_services/token",
      "aws-oidc-rules.md §1: provider URL keeps the path (aripalo/aws-cdk-github-oidc#42) [S]",
      "UNCONFIRMED: whether the 2026 GitHub keys apply to enterprise/GHES issuers",
    ])
}

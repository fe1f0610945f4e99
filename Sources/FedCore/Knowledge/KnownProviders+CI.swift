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
    conditionableClaims: ["aud", "sub"] + ProviderKeys2026.gitlabCom,
    unconfirmedConditionableClaims: defaultTabUnconfirmed, sharedIssuer: true, requiredPolicyClaims: ["sub"],
    sources: [
      "GitLab docs id_token_authentication.md 'Use ID token claims in cloud trust policies' (gitlab.com extra keys)",
      "Service Authorization Reference for STS via udondan/iam-floyd sts.ts (2026-08): gitlab.com keys incl. runner_environment",
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

  static let githubKeys2026 = ProviderKeys2026.github

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
    unconfirmedConditionableClaims: defaultTabUnconfirmed, sharedIssuer: true,
    requiredPolicyClaims: ["sub", "job_workflow_ref"],
    sources: [
      "AWS What's New 2026-01 provider-specific claims; keys from the Service Authorization Reference for STS via udondan/iam-floyd sts.ts (2026-08), repository_owner_id included",
      "aws-oidc-rules.md §7: shared issuer, requires sub or job_workflow_ref",
      "providers.md §2.1/§2.3: JWKS at /.well-known/jwks; configure-aws-credentials requests aud sts.amazonaws.com (GitHub's own default is https://github.com/<owner>)",
    ])

  /// GitHub Enterprise Server (`https://<host>/_services/token`): a private issuer, and the 2026
  /// keys are not listed for it (Service Authorization Reference via iam-floyd sts.ts).
  public static let githubEnterprise = ProviderProfile(
    kind: .githubActions, name: "GitHub Enterprise Server", issuerExample: "https://<host>/_services/token",
    issuerPattern: "https://<host>/_services/token", defaultAudience: "sts.amazonaws.com", subFormat: githubActions.subFormat,
    subScopePrefixes: ["repo:"], subCustomization: githubActions.subCustomization, sessionTagsRoute: nil, subTemplateClaims: nil,
    alternateKeyPaths: ["/.well-known/jwks"],
    conditionableClaims: ["aud", "sub"], unconfirmedConditionableClaims: defaultTabUnconfirmed,
    sharedIssuer: false, requiredPolicyClaims: [],
    sources: [
      "GitHub docs: GHES issuer https://<host>/_services/token",
      "Service Authorization Reference for STS via udondan/iam-floyd sts.ts (2026-08): no GHES issuer form among the GitHub keys",
    ])

  /// GitHub's enterprise issuer `https://token.actions.githubusercontent.com/<slug>`: shared, like
  /// the plain one (IAM refuses a policy that does not scope `<principal path>:sub`), and the 2026 keys apply.
  public static let githubEnterpriseSlug = ProviderProfile(
    kind: .githubActions, name: "GitHub Actions (enterprise issuer)",
    issuerExample: "https://token.actions.githubusercontent.com/<enterprise>",
    issuerPattern: "https://token.actions.githubusercontent.com/<enterprise-slug>", defaultAudience: "sts.amazonaws.com",
    subFormat: githubActions.subFormat, subScopePrefixes: ["repo:"], subCustomization: githubActions.subCustomization,
    sessionTagsRoute: nil, subTemplateClaims: nil, alternateKeyPaths: ["/.well-known/jwks"],
    conditionableClaims: ["aud", "sub"] + githubKeys2026, unconfirmedConditionableClaims: defaultTabUnconfirmed,
    sharedIssuer: true, requiredPolicyClaims: ["sub"],
    sources: [
      "unfunco/terraform-aws-oidc-github#57: CreateRole MalformedPolicyDocument naming token.actions.githubusercontent.com/<slug>:sub",
      "Service Authorization Reference for STS via udondan/iam-floyd sts.ts: token.actions.githubusercontent.com/${SubPath}:<key>",
    ])

  /// GHE.com data residency (`https://token.actions.<subdomain>.ghe.com`) and
  /// `github.com/enterprises/<name>`: private issuers for which the 2026 keys apply.
  public static let githubDataResidency = ProviderProfile(
    kind: .githubActions, name: "GitHub Actions (GHE.com)", issuerExample: "https://token.actions.<subdomain>.ghe.com",
    issuerPattern: "https://token.actions.<subdomain>.ghe.com | https://github.com/enterprises/<name>",
    defaultAudience: "sts.amazonaws.com", subFormat: githubActions.subFormat, subScopePrefixes: ["repo:"],
    subCustomization: githubActions.subCustomization, sessionTagsRoute: nil, subTemplateClaims: nil,
    alternateKeyPaths: ["/.well-known/jwks"],
    conditionableClaims: ["aud", "sub"] + githubKeys2026, unconfirmedConditionableClaims: defaultTabUnconfirmed,
    sharedIssuer: false, requiredPolicyClaims: [],
    sources: [
      "Service Authorization Reference for STS via udondan/iam-floyd sts.ts: token.actions.${Domain}.ghe.com:<key>, github.com/enterprises/${EnterpriseName}:<key>"
    ])
}

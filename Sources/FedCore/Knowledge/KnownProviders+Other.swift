/// Table entries for the other CI providers (`spec/providers.md` §3).
extension KnownProviders {
  /// Buildkite: shared issuer that requires `sub`; can emit session tags.
  public static let buildkite = ProviderProfile(
    kind: .buildkite, name: "Buildkite", issuerExample: "https://agent.buildkite.com", issuerPattern: "https://agent.buildkite.com",
    defaultAudience: nil, subFormat: "organization:{org}:pipeline:{pipeline}:ref:{ref}:commit:{sha}:step:{step}",
    subScopePrefixes: ["organization:"], subCustomization: nil,
    sessionTagsRoute: "buildkite-agent oidc request-token --aws-session-tag <claim>,… (then aws:RequestTag/<claim> in the trust policy)",
    alternateKeyPaths: [], conditionableClaims: ["aud", "sub"], unconfirmedConditionableClaims: defaultTabUnconfirmed,
    sharedIssuer: true, requiredPolicyClaims: ["sub"],
    sources: [
      "providers.md §3: Buildkite docs 'OIDC with AWS'; no default aud (pass --audience sts.amazonaws.com)",
      "aws-oidc-rules.md §7: agent.buildkite.com is shared, requires sub [S]",
    ])

  /// CircleCI: one issuer per organisation (`oidc.circleci.com/org/<id>`).
  public static let circleci = ProviderProfile(
    kind: .circleci, name: "CircleCI", issuerExample: "https://oidc.circleci.com/org/<org-id>",
    issuerPattern: "https://oidc.circleci.com/org/<org-id>", defaultAudience: "<org-id>",
    subFormat: "org/{org-id}/project/{project-id}/user/{user-id}[/vcs-origin/{origin}/vcs-ref/{ref}]",
    subScopePrefixes: ["org/"], subCustomization: nil,
    sessionTagsRoute: nil, alternateKeyPaths: [], conditionableClaims: ["aud", "sub"],
    unconfirmedConditionableClaims: defaultTabUnconfirmed, sharedIssuer: false, requiredPolicyClaims: [],
    sources: [
      "providers.md §3: circleci-docs openid-connect-tokens.adoc (issuer per org, aud = org id)",
      "aws-oidc-rules.md §6/§10: CircleCI provider-specific 2026 key names UNCONFIRMED",
    ])

  /// HCP Terraform (Terraform Cloud): shared issuer that requires `sub`.
  public static let terraformCloud = ProviderProfile(
    kind: .terraformCloud, name: "HCP Terraform", issuerExample: "https://app.terraform.io",
    issuerPattern: "https://app.terraform.io (Terraform Enterprise: https://<hostname>)", defaultAudience: "aws.workload.identity",
    subFormat: "organization:{org}:project:{project}:workspace:{workspace}:run_phase:{plan|apply}",
    subScopePrefixes: ["organization:"], subCustomization: nil, sessionTagsRoute: nil, alternateKeyPaths: [],
    conditionableClaims: ["aud", "sub"], unconfirmedConditionableClaims: defaultTabUnconfirmed, sharedIssuer: true,
    requiredPolicyClaims: ["sub"],
    sources: [
      "providers.md §3: HashiCorp docs 'Dynamic credentials with the AWS provider' (TFC_AWS_WORKLOAD_IDENTITY_AUDIENCE)",
      "aws-oidc-rules.md §7: app.terraform.io is shared, requires sub [S]",
    ])

  /// Bitbucket Pipelines: one issuer per workspace, with a long path.
  public static let bitbucket = ProviderProfile(
    kind: .bitbucket, name: "Bitbucket Pipelines",
    issuerExample: "https://api.bitbucket.org/2.0/workspaces/<workspace>/pipelines-config/identity/oidc",
    issuerPattern: "https://api.bitbucket.org/2.0/workspaces/<workspace>/pipelines-config/identity/oidc",
    defaultAudience: "ari:cloud:bitbucket::workspace/<workspace-uuid>",
    subFormat: "{repositoryUuid}:{stepUuid} (deployments add the environment UUID; unverified)",
    subScopePrefixes: ["{"], subCustomization: nil, sessionTagsRoute: nil, alternateKeyPaths: [],
    conditionableClaims: ["aud", "sub"], unconfirmedConditionableClaims: defaultTabUnconfirmed, sharedIssuer: false,
    requiredPolicyClaims: [],
    sources: ["providers.md §3: Bitbucket Cloud docs 'Integrate Pipelines with resource servers using OIDC'"])

  /// Any other issuer: IAM evaluates `aud` and `sub`; `amr`, `email`, `oaud` are UNCONFIRMED.
  public static let generic = ProviderProfile(
    kind: .generic, name: "Generic OIDC issuer", issuerExample: "https://issuer.example.com",
    issuerPattern: "https://<host>[/<path>]", defaultAudience: nil, subFormat: "issuer-defined",
    alternateKeyPaths: ["/.well-known/jwks.json", "/.well-known/jwks", "/jwks", "/keys", "/oauth2/v1/keys"],
    conditionableClaims: ["aud", "sub"], unconfirmedConditionableClaims: defaultTabUnconfirmed,
    sharedIssuer: false, requiredPolicyClaims: [],
    sources: ["aws-oidc-rules.md §2/§6 (aud, sub: documented; amr, email, oaud: UNCONFIRMED for generic providers)"])
}

/// Table entries for the other CI providers (`spec/providers.md` §3).
extension KnownProviders {
  /// Buildkite: shared issuer that requires `sub`; can emit session tags.
  public static let buildkite = ProviderProfile(
    kind: .buildkite, name: "Buildkite", issuerExample: "https://agent.buildkite.com", issuerPattern: "https://agent.buildkite.com",
    defaultAudience: nil, subFormat: "organization:{org}:pipeline:{pipeline}:ref:{ref}:commit:{sha}:step:{step}",
    subScopePrefixes: ["organization:"], subCustomization: nil,
    sessionTagsRoute: "buildkite-agent oidc request-token --aws-session-tag <claim>,… (then aws:RequestTag/<claim> in the trust policy)",
    alternateKeyPaths: [], conditionableClaims: ["aud", "sub"] + ProviderKeys2026.buildkite,
    unconfirmedConditionableClaims: defaultTabUnconfirmed, sharedIssuer: true, requiredPolicyClaims: ["sub"],
    sources: [
      "Buildkite docs 'OIDC with AWS'; no default aud (pass --audience sts.amazonaws.com)",
      "Service Authorization Reference for STS via udondan/iam-floyd sts.ts (2026-08): agent.buildkite.com keys",
      "aws-oidc-rules.md §7: agent.buildkite.com is shared, requires sub [S]",
    ])

  /// Buildkite's `agent.<domain>.buildkite.dev|site` issuers: the same keys (STS table via
  /// iam-floyd sts.ts); not in IAM's shared-issuer table, so treated as private.
  public static let buildkiteRegional: ProviderProfile = {
    var p = buildkite
    p.name = "Buildkite (agent.<domain>.buildkite.dev|site)"
    p.issuerExample = "https://agent.<domain>.buildkite.dev"
    p.issuerPattern = "https://agent.<domain>.buildkite.dev | https://agent.<domain>.buildkite.site"
    p.sharedIssuer = false
    p.requiredPolicyClaims = []
    p.sources = ["Service Authorization Reference for STS via udondan/iam-floyd sts.ts: agent.${Domain}.buildkite.dev|site:<key>"]
    return p
  }()

  /// CircleCI: one issuer per organisation (`oidc.circleci.com/org/<id>`).
  public static let circleci = ProviderProfile(
    kind: .circleci, name: "CircleCI", issuerExample: "https://oidc.circleci.com/org/<org-id>",
    issuerPattern: "https://oidc.circleci.com/org/<org-id>", defaultAudience: "<org-id>",
    subFormat: "org/{org-id}/project/{project-id}/user/{user-id}[/vcs-origin/{origin}/vcs-ref/{ref}]",
    subScopePrefixes: ["org/"], subCustomization: nil,
    sessionTagsRoute: nil, alternateKeyPaths: [], conditionableClaims: ["aud", "sub"] + ProviderKeys2026.circleci,
    unconfirmedConditionableClaims: defaultTabUnconfirmed, sharedIssuer: false, requiredPolicyClaims: [],
    sources: [
      "circleci-docs openid-connect-tokens.adoc (issuer per org, aud = org id)",
      "Service Authorization Reference for STS via udondan/iam-floyd sts.ts (2026-08): oidc.circleci.com/org/${OrgId}:oidc.circleci.com/project-id",
    ])

  /// HCP Terraform (Terraform Cloud): shared issuer that requires `sub`.
  public static let terraformCloud = ProviderProfile(
    kind: .terraformCloud, name: "HCP Terraform", issuerExample: "https://app.terraform.io",
    issuerPattern: "https://app.terraform.io (Terraform Enterprise: https://<hostname>)", defaultAudience: "aws.workload.identity",
    subFormat: "organization:{org}:project:{project}:workspace:{workspace}:run_phase:{plan|apply}",
    subScopePrefixes: ["organization:"], subCustomization: nil, sessionTagsRoute: nil, alternateKeyPaths: [],
    conditionableClaims: ["aud", "sub"], unconfirmedConditionableClaims: ["terraform_organization_name"] + defaultTabUnconfirmed,
    sharedIssuer: true, requiredPolicyClaims: ["sub"],
    sources: [
      "HashiCorp docs 'Dynamic credentials with the AWS provider' (TFC_AWS_WORKLOAD_IDENTITY_AUDIENCE)",
      "HashiCorp 2026 docs show app.terraform.io:terraform_organization_name in a condition; not in the STS table: UNCONFIRMED",
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

  /// Google (`https://accounts.google.com`): the keys of the STS table, organisation number included.
  public static let google = ProviderProfile(
    kind: .generic, name: "Google", issuerExample: "https://accounts.google.com", defaultAudience: nil,
    subFormat: "the Google account or service account's numeric ID", alternateKeyPaths: [],
    conditionableClaims: ProviderKeys2026.google, unconfirmedConditionableClaims: ["amr", "email"], sharedIssuer: false,
    requiredPolicyClaims: [],
    sources: [
      "Service Authorization Reference for STS via udondan/iam-floyd sts.ts (2026-08): "
        + "accounts.google.com:aud|oaud|sub|google/organization_number"
    ])

  /// Oracle Cloud Infrastructure identity domains (`https://idcs-<id>.identity.oraclecloud.com`).
  public static let oci = ProviderProfile(
    kind: .generic, name: "Oracle Cloud Infrastructure", issuerExample: "https://idcs-<id>.identity.oraclecloud.com",
    defaultAudience: nil, subFormat: "issuer-defined", alternateKeyPaths: [],
    conditionableClaims: ["aud", "sub"] + ProviderKeys2026.oci, unconfirmedConditionableClaims: defaultTabUnconfirmed,
    sharedIssuer: false, requiredPolicyClaims: [],
    sources: [
      "Service Authorization Reference for STS via udondan/iam-floyd sts.ts (2026-08): "
        + "idcs-${OciUniqueIdentifier}.identity.oraclecloud.com:rpst_id"
    ])

  /// Any other issuer: IAM evaluates `aud` and `sub`; `amr`, `email`, `oaud` are UNCONFIRMED.
  public static let generic = ProviderProfile(
    kind: .generic, name: "Generic OIDC issuer", issuerExample: "https://issuer.example.com",
    issuerPattern: "https://<host>[/<path>]", defaultAudience: nil, subFormat: "issuer-defined",
    alternateKeyPaths: ["/.well-known/jwks.json", "/.well-known/jwks", "/jwks", "/keys", "/oauth2/v1/keys"],
    conditionableClaims: ["aud", "sub"], unconfirmedConditionableClaims: defaultTabUnconfirmed,
    sharedIssuer: false, requiredPolicyClaims: [],
    sources: ["aws-oidc-rules.md §2/§6 (aud, sub: documented; amr, email, oaud: UNCONFIRMED for generic providers)"])
}

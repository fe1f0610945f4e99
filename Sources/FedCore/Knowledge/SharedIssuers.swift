/// IAM's write-time identity-provider controls for shared OIDC issuers: the issuers IAM
/// recognises as shared and the claim a role trust policy must evaluate for each
/// (`spec/aws-oidc-rules.md` §7, AWS id_roles_providers_oidc_secure-by-default [P]; the table
/// itself through a secondary transcription [S]).
public enum SharedIssuers {
  /// Issuer (host and path, no scheme) → the claims of which one must be evaluated.
  public static let table: [(issuer: String, required: [String])] = [
    ("cognito-identity.amazonaws.com", ["aud"]),
    ("sts.windows.net/33e01921-4d64-4f8c-a055-5bdaffd5e33d", ["sts:RoleSessionName"]),
    ("agent.buildkite.com", ["sub"]),
    ("oidc.codefresh.io", ["sub"]),
    ("studio.datachain.ai/api", ["sub"]),
    ("token.actions.githubusercontent.com", ["sub", "job_workflow_ref"]),
    ("oidc-configuration.audit-log.githubusercontent.com", ["sub"]),
    ("vstoken.actions.githubusercontent.com", ["sub"]),
    ("gitlab.com", ["sub"]),
    ("api.pulumi.com/oidc", ["aud"]),
    ("sandboxes.cloud", ["aud"]),
    ("scalr.io", ["sub"]),
    ("tokens.cloud.shisho.dev", ["sub"]),
    ("app.terraform.io", ["sub"]),
    ("proidc.upbound.io", ["sub"]),
    ("oidc.vercel.com", ["aud"]),
  ]

  /// Issuers under these prefixes are shared and require `sub`: IBM Turbonomic's, and GitHub's
  /// enterprise issuers `token.actions.githubusercontent.com/<slug>` (unfunco/terraform-aws-oidc-github#57:
  /// CreateRole refused a policy on `…/<slug>` that did not scope `token.actions.githubusercontent.com/<slug>:sub`).
  public static let prefixes = [
    "oidc.op1.openshiftapps.com/", "rh-oidc.s3.us-east-1.amazonaws.com/", "token.actions.githubusercontent.com/",
  ]

  /// The claims IAM requires for this issuer, or nil when it is not a recognised shared issuer.
  public static func requiredClaims(forIssuer issuer: String) -> [String]? {
    var key = IAMNaming.providerHost(issuer: issuer)
    while key.hasSuffix("/") { key.removeLast() }
    if let row = table.first(where: { $0.issuer == key }) { return row.required }
    if prefixes.contains(where: { key.hasPrefix($0) }) { return ["sub"] }
    return nil
  }
}

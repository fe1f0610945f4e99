/// Messages added from public reports of 2016–2026: STS request validation, role pinning and
/// IdP errors, and other clouds' federation errors recognised as *not AWS*.
extension KnownAWSError {
  static let session = "fedtui check --token-file - (the token is fine; fix the call's parameters)"

  /// STS request validation (botocore STS model: RoleArn 20–2048 characters, RoleSessionName
  /// 2–64 of `[\w+=,.@-]*`, DurationSeconds up to the role's MaxSessionDuration; packed session
  /// policy and tags; STS activation per Region).
  static let stsRequestValidation: [KnownAWSError] = [
    KnownAWSError(
      code: "ValidationError",
      message: "1 validation error detected: Value '<name>' at 'roleSessionName' failed to satisfy constraint: "
        + "Member must satisfy regular expression pattern: [\\w+=,.@-]*",
      fragment: "'roleSessionName' failed to satisfy constraint",
      causes: [
        Cause(
          nil,
          "RoleSessionName: 2–64 characters of letters, digits and + = , . @ _ - only (no '/', ':', '[', ']' or spaces: "
            + "dependabot[bot] and ref names with '/' fail)")
      ],
      command: session),
    KnownAWSError(
      code: "InvalidIdentityToken", message: "RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}",
      fragment: "RoleSessionName in AuthnResponse must match",
      causes: [Cause(nil, "the SAML RoleSessionName attribute: 2–64 characters of [a-zA-Z_0-9+=,.@-]")], command: session),
    KnownAWSError(
      code: "ValidationError", message: "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
      fragment: "DurationSeconds exceeds the MaxSessionDuration",
      causes: [
        Cause(
          nil,
          "DurationSeconds (900–43200) against the role's MaxSessionDuration (default 3600): lower role-duration-seconds "
            + "or raise the role's maximum (aws iam update-role --max-session-duration)")
      ],
      command: session),
    KnownAWSError(
      code: "ValidationError",
      message: "Value '<arn>' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20",
      fragment: "at 'roleArn' failed to satisfy constraint",
      causes: [Cause(nil, "the role ARN is empty or not an ARN (20–2048 characters, arn:<partition>:iam::<account>:role/<name>)")],
      command: session),
    KnownAWSError(
      code: "InvalidParameter", message: "minimum field size of 20, AssumeRoleWithWebIdentityInput.RoleArn",
      fragment: "minimum field size of 20, AssumeRole",
      causes: [Cause(nil, "the SDK refused an empty or short role ARN before calling STS (AWS_ROLE_ARN unset?)")], command: session),
    KnownAWSError(
      code: "PackedPolicyTooLarge", message: "Packed size of session tags consumes <n>% of allotted space.",
      fragment: "Packed size of session",
      causes: [
        Cause(.sessionTagsInvalid, "the token's https://aws.amazon.com/tags: fewer or shorter tags"),
        Cause(nil, "session tags or a session policy passed by the caller (configure-aws-credentials adds tags)"),
      ],
      command: "fedtui check --token-file -"),
    KnownAWSError(
      code: "RegionDisabledException",
      message:
        "STS is not activated in this region for account:<account>. Your account administrator can activate STS in this region using the IAM Console.",
      fragment: "STS is not activated in this region",
      causes: [Cause(nil, "the Region's STS endpoint: activate it (IAM → Account settings) or call a Region where it is active")],
      command: session),
  ]

  /// Role pinning and IdP-side errors (STS model for IDPCommunicationError / IDPRejectedClaim;
  /// RolePinning's sources for the roles claim).
  static let roleAndIdP: [KnownAWSError] = [
    KnownAWSError(
      code: "InvalidIdentityToken", message: "(the role is not in the token's https://aws.amazon.com/roles claim)",
      fragment: "aws.amazon.com/roles",
      causes: [
        Cause(.tokenRolesExcludeRole, "the role ARN against the token's roles claim (exact ARN)"), Cause(.tokenRoles, "the roles listed"),
      ],
      command: "fedtui check --token-file - --role-arn <role ARN>"),
    KnownAWSError(
      code: "IDPRejectedClaim", message: "<provider>: <provider> responded with HTTP/1.1 400 Bad Request", fragment: "IDPRejectedClaim",
      causes: [Cause(nil, "an OAuth 2.0 provider (Login with Amazon, Facebook) rejected the access token: its validity and ProviderId")],
      command: "fedtui check --token-file - (OIDC ID tokens never give this)"),
  ]

  /// Other clouds' federation messages: recognised so that nobody debugs AWS for them.
  static let notAWS: [KnownAWSError] = [
    other(
      "Microsoft Entra ID", "AADSTS70021/700213: No matching federated identity record found for presented assertion",
      fragment: "No matching federated identity record found",
      check: "the federated identity credential's issuer, subject and audience (api://AzureADTokenExchange) match the token exactly "
        + "(case-sensitive; no trailing slash on the issuer)"),
    other(
      "Microsoft Entra ID", "AADSTS<code>: …", fragment: "AADSTS",
      check: "an Entra ID (Azure) sign-in error: look the AADSTS code up in Microsoft's error reference"),
    other(
      "Google Cloud", "Invalid value for \"audience\". This value should be the full resource name of the Identity Provider.",
      fragment: "full resource name of the Identity Provider",
      check: "workload_identity_provider: projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>"),
    other(
      "Google Cloud", "The audience in JWT does not match the expected values.", fragment: "audience in JWT does not match the expected",
      check: "the provider's allowedAudiences (or the default //iam.googleapis.com/… resource name) against the token's aud"),
    other(
      "Google Cloud", "The target service indicated by the \"audience\" parameters is invalid.",
      fragment: "target service indicated by the",
      check: "that the workload identity pool and provider exist and are enabled"),
    other(
      "HashiCorp Vault", "audience claim found in JWT but no audiences bound to the role", fragment: "no audiences bound to the role",
      check: "the Vault role's bound_audiences (required since Vault 1.16.3 when the token has aud)"),
    other(
      "HashiCorp Vault", "sub claim does not match bound subject", fragment: "does not match bound subject",
      check: "the Vault role's bound_subject against the token's sub"),
    other(
      "HashiCorp Vault", "error validating claims: aud claim does not match any bound audience",
      fragment: "does not match any bound audience", check: "the Vault role's bound_audiences against the token's aud"),
    other(
      "HashiCorp Vault", "error validating token: error verifying token signature: fetching keys oidc: get keys failed",
      fragment: "fetching keys oidc", check: "the Vault JWT auth config's jwks_url / oidc_discovery_url"),
  ]

  static func other(_ cloud: String, _ message: String, fragment: String, check: String) -> KnownAWSError {
    KnownAWSError(
      code: cloud + " (not AWS)", message: message, fragment: fragment,
      causes: [Cause(nil, "this is \(cloud), not AWS STS: \(check)")],
      command: "fedtui check --token-file - (decodes the token's iss, sub and aud; the error itself is not from AWS)",
      cloud: cloud)
  }
}

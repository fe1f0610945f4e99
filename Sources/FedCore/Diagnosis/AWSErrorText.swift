/// The exact texts STS and IAM return, each with its source. Each is `<Code>: <message>`, the
/// way the AWS CLI and SDKs print them after their prefix.
public enum AWSErrorText {
  /// Rule 3 of the pipeline: gitlab-org/gitlab#342243, GitLab MR 71657.
  public static let missingAud = "InvalidIdentityToken: Missing a required claim: aud"
  /// What STS said for a token without `sub`: aws-actions/configure-aws-credentials#502.
  public static let missingSub = "InvalidIdentityToken: Missing a required claim: sub"
  /// Rule 4: `aud` (or `azp`) not in the provider's ClientIDList: awslabs/amazon-eks-irsa-cfn#18,
  /// aws/aws-sdk-net#3071.
  public static let incorrectAudience = "InvalidIdentityToken: Incorrect token audience"
  /// Rules 5 and 6. The two spaces after the comma are AWS's own: re:Post knowledge-center
  /// iam-sts-invalididentitytoken; aws/aws-cli#7194; awslabs/aws-sdk-rust#827.
  public static let verificationKey =
    "InvalidIdentityToken: Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements"
  /// Rule 5 with a pinned thumbprint: aws-actions/configure-aws-credentials#357.
  public static let thumbprintMismatch =
    "InvalidIdentityToken: OpenIDConnect provider's HTTPS certificate doesn't match configured thumbprint"
  /// Rule 8: the trust policy denies: aws-actions/configure-aws-credentials#318, #452.
  public static let notAuthorized = "AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity"

  /// Rule 2: no provider registered for this issuer: re:Post knowledge-center iam-oidc-idp-federation.
  public static func noProvider(_ issuer: String) -> String {
    "InvalidIdentityToken: No OpenIDConnect provider found in your account for \(issuer)"
  }

  /// Rule 7. Current STS prints a space before the expiration value (aws/aws-sdk-java-v2#5709,
  /// 2024-11, and 2025 logs); only 2021 reports lack it (awslabs/aws-orbit-workbench#771).
  public static func expired(now: Int64, exp: Int64) -> String {
    "ExpiredTokenException: Token expired: current date/time \(now) must be before the expiration date/time \(exp)"
  }

  /// Role pinning: STS refuses a role the token's `https://aws.amazon.com/roles` does not list.
  /// The code is reported (awsteele.com 2026-07-13, via vouch-sh/vouch#691); the message is not published.
  public static let rolePinningRefusal = "InvalidIdentityToken (the role is not in the token's https://aws.amazon.com/roles claim)"

  /// STS request validation of `DurationSeconds` against the role (STS API model: "If you specify
  /// a value higher than this setting, the operation fails"; seen in tfaction#1934).
  public static let durationExceedsMax =
    "ValidationError: The requested DurationSeconds exceeds the MaxSessionDuration set for this role."

  /// The code alone, where STS's message for the case is not published (malformed JWS, missing
  /// `iss`/`exp`, bad signature, malformed session tags): STS model `InvalidIdentityTokenException`.
  public static let invalidIdentityTokenCode = "InvalidIdentityToken"

  /// `sts:TagSession` missing from the trust policy of a token with session tags (IAM User Guide
  /// id_session-tags: "For roles without this permission in the trust policy, the AssumeRole operation fails").
  public static let tagSessionDenied = "AccessDenied: Not authorized to perform sts:TagSession"

  /// Access Analyzer's finding title for an OIDC principal with another action (access-analyzer-reference-policy-checks).
  public static let mismatchedAction = "Mismatched action for principal"

  /// The trust policy over the role's quota: kubeflow/kubeflow#6687 (CreateRole/UpdateAssumeRolePolicy, HTTP 409).
  public static let trustPolicyQuota = "LimitExceeded: Cannot exceed quota for ACLSizePerRole: 2048"

  /// IAM's answer to a document that is not a policy (IAM API model `MalformedPolicyDocumentException`).
  public static let malformedPolicyCode = "MalformedPolicyDocument"

  /// botocore's client-side validation of `WebIdentityToken` (STS model `clientTokenType`, 4–20000).
  public static func tokenLength(_ n: Int) -> String {
    "Parameter validation failed: Invalid length for parameter WebIdentityToken, value: \(n), "
      + (n > 20_000 ? "valid max length: 20000" : "valid min length: 4")
  }
}

/// The exact texts STS and IAM return, as `spec/aws-oidc-rules.md` §0 quotes them.
/// Each is `<Code>: <message>`, the way the AWS CLI and SDKs print them after their prefix.
public enum AWSErrorText {
  /// Rule 3 of the pipeline.
  public static let missingAud = "InvalidIdentityToken: Missing a required claim: aud"
  /// What STS said for a token without `sub` (failure story #8).
  public static let missingSub = "InvalidIdentityToken: Missing a required claim: sub"
  /// Rule 4: `aud` (or `azp`) not in the provider's ClientIDList.
  public static let incorrectAudience = "InvalidIdentityToken: Incorrect token audience"
  /// Rules 5 and 6. The two spaces after the comma are AWS's own.
  public static let verificationKey =
    "InvalidIdentityToken: Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements"
  /// Rule 5 with a pinned thumbprint.
  public static let thumbprintMismatch =
    "InvalidIdentityToken: OpenIDConnect provider's HTTPS certificate doesn't match configured thumbprint"
  /// Rule 8: the trust policy denies.
  public static let notAuthorized = "AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity"

  /// Rule 2: no provider registered for this issuer.
  public static func noProvider(_ issuer: String) -> String {
    "InvalidIdentityToken: No OpenIDConnect provider found in your account for \(issuer)"
  }

  /// Rule 7. AWS prints no space between "date/time" and the expiration value.
  public static func expired(now: Int64, exp: Int64) -> String {
    "ExpiredTokenException: Token expired: current date/time \(now) must be before the expiration date/time\(exp)"
  }
}

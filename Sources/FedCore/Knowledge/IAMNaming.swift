/// IAM naming derived from an issuer URL (`spec/aws-oidc-rules.md` §1).
public enum IAMNaming {
  /// The provider URL as IAM stores it: the issuer without `https://` (path and trailing slash kept).
  public static func providerHost(issuer: String) -> String {
    issuer.hasPrefix("https://") ? String(issuer.dropFirst(8)) : issuer
  }

  /// `arn:<partition>:iam::<account>:oidc-provider/<host/path>`.
  public static func providerARN(issuer: String, account: String, partition: String = "aws") -> String {
    "arn:\(partition):iam::\(account):oidc-provider/\(providerHost(issuer: issuer))"
  }

  /// `<host/path>:<claim>`, the condition key for a claim.
  public static func conditionKey(issuer: String, claim: String) -> String {
    "\(providerHost(issuer: issuer)):\(claim)"
  }
}

/// An OIDC provider ARN split into its fields: `arn:<partition>:iam::<account>:oidc-provider/<host/path>`
/// (`aws-oidc-rules.md` §1 "Naming").
public struct ProviderARN: Sendable, Equatable {
  public var partition: String
  public var account: String
  /// The provider URL without `https://`.
  public var hostPath: String

  /// Parses an ARN; nil when it is not an IAM `oidc-provider` ARN.
  public init?(_ arn: String) {
    let fields = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
    guard fields.count == 6, fields[0] == "arn", fields[2] == "iam", fields[3].isEmpty,
      fields[5].hasPrefix("oidc-provider/")
    else { return nil }
    partition = String(fields[1])
    account = String(fields[4])
    hostPath = String(fields[5].dropFirst("oidc-provider/".count))
  }

  /// True for a 12-digit account id.
  public static func isAccountID(_ s: String) -> Bool {
    s.utf8.count == 12 && s.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
  }
}

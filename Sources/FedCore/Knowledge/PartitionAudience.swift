/// The client ID a CI system registers and requests for STS in each AWS partition.
///
/// Sources: aws-actions/configure-aws-credentials#457 and its README ("China" example:
/// `audience: sts.amazonaws.com.cn`); cdk-pipelines-github#1091 (GitHub → `aws-cn` needs the
/// `.cn` client ID). GovCloud keeps `sts.amazonaws.com` (configure-aws-credentials README).
extension AWSPartition {
  /// `sts.amazonaws.com`, or `sts.amazonaws.com.cn` in `aws-cn`.
  public var defaultAudience: String {
    switch self {
    case .aws, .awsUSGov: "sts.amazonaws.com"
    case .awsCN: "sts.amazonaws.com.cn"
    }
  }

  /// The partition of an ARN (`arn:aws-cn:…`), or nil when the text is not an ARN of a known partition.
  public static func of(arn: String) -> AWSPartition? {
    let fields = arn.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
    guard fields.count == 3, fields[0] == "arn" else { return nil }
    return AWSPartition(rawValue: String(fields[1]))
  }
}

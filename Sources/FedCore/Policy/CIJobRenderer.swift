/// The CI side of a trust policy: a job that requests a token with the policy's audience and
/// assumes the role, without the token in an argument or the job log. Pure text; nothing is run.
/// Scalars are written as JSON strings, which YAML reads as double-quoted scalars.
public enum CIJobRenderer {
  /// `arn:<partition>:iam::<account>:role/<name>` for the spec's role.
  public static func roleARN(_ spec: TrustPolicySpec) -> String {
    "arn:\(spec.partition.rawValue):iam::\(spec.accountID):role/\(spec.roleName)"
  }

  /// A region in the partition, for the example job (the operator changes it to theirs).
  public static func defaultRegion(_ partition: AWSPartition) -> String {
    switch partition {
    case .aws: "us-east-1"
    case .awsCN: "cn-north-1"
    case .awsUSGov: "us-gov-west-1"
    }
  }

  /// A YAML double-quoted scalar.
  static func quoted(_ s: String) -> String {
    var out = ""
    JSONWriter.writeString(s, into: &out)
    return out
  }

  /// Text safe inside a `#` comment line.
  static func comment(_ s: String) -> String { TextSafety.escaped(s).replacingNewlines() }
}

extension String {
  fileprivate func replacingNewlines() -> String { String(map { $0.isNewline ? " " : $0 }) }
}

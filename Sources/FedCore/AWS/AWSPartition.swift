/// Where each partition's IAM and STS live, and its default region.
extension AWSPartition {
  /// The partition's DNS suffix (botocore `endpoints.json`, `partitions[].dnsSuffix`).
  public var dnsSuffix: String {
    switch self {
    case .aws, .awsUSGov: "amazonaws.com"
    case .awsCN: "amazonaws.com.cn"
    }
  }

  /// IAM is global per partition; its endpoint and the region requests are signed for
  /// (botocore `endpoints.json`, service `iam`, `partitionEndpoint` and `credentialScope`).
  public var iamEndpoint: (host: String, signingRegion: String) {
    switch self {
    case .aws: ("iam.amazonaws.com", "us-east-1")
    case .awsCN: ("iam.cn-north-1.amazonaws.com.cn", "cn-north-1")
    case .awsUSGov: ("iam.us-gov.amazonaws.com", "us-gov-west-1")
    }
  }

  /// The region used when none is configured (the partition's first commercial region).
  public var defaultRegion: String {
    switch self {
    case .aws: "us-east-1"
    case .awsCN: "cn-north-1"
    case .awsUSGov: "us-gov-west-1"
    }
  }

  /// The regional STS endpoint, `https://sts.<region>.<dnsSuffix>` (AWS STS docs, "Managing AWS
  /// STS in an AWS Region": regional endpoints are the default of current SDKs).
  public func stsEndpoint(region: String) -> String { "https://sts.\(region).\(dnsSuffix)" }

  /// Whether `region` belongs to this partition (`cn-*` for China, `us-gov-*` for GovCloud).
  public func contains(region: String) -> Bool {
    switch self {
    case .awsCN: region.hasPrefix("cn-")
    case .awsUSGov: region.hasPrefix("us-gov-")
    case .aws: !region.hasPrefix("cn-") && !region.hasPrefix("us-gov-")
    }
  }
}

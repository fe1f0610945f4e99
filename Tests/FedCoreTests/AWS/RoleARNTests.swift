import FedCore
import Testing

@Suite struct RoleARNTests {
  @Test(arguments: [
    ("arn:aws:iam::123456789012:role/deploy", AWSPartition.aws, "/", "deploy"),
    ("arn:aws-cn:iam::123456789012:role/ci/gitlab/deploy", .awsCN, "/ci/gitlab/", "deploy"),
    ("arn:aws-us-gov:iam::123456789012:role/a+=,.@_-b", .awsUSGov, "/", "a+=,.@_-b"),
  ])
  func parsesRoles(text: String, partition: AWSPartition, path: String, name: String) throws {
    let arn = try RoleARN.parse(text).get()
    #expect(arn.partition == partition)
    #expect(arn.account == "123456789012")
    #expect(arn.path == path)
    #expect(arn.name == name)
    #expect(arn.description == text)
  }

  @Test(arguments: [
    ("deploy", "not an ARN"), ("arn:aws-eu:iam::123456789012:role/x", "unknown partition"),
    ("arn:aws:sts::123456789012:role/x", "not an IAM ARN"), ("arn:aws:iam::1234:role/x", "12 digits"),
    ("arn:aws:iam::123456789012:user/x", "not a role"), ("arn:aws:iam::123456789012:role/", "role name"),
    ("arn:aws:iam::123456789012:role/a b", "role name"),
  ])
  func refusesOthersNamingTheField(text: String, reason: String) {
    guard case .failure(let invalid) = RoleARN.parse(text) else {
      Issue.record("\(text) parsed")
      return
    }
    #expect(invalid.reason.contains(reason))
  }

  @Test func providerARNAndEndpointsFollowThePartition() throws {
    let china = try RoleARN.parse("arn:aws-cn:iam::123456789012:role/deploy").get()
    #expect(
      china.providerARN(issuer: "https://gitlab.example.com/")
        == "arn:aws-cn:iam::123456789012:oidc-provider/gitlab.example.com/")
    #expect(AWSPartition.awsCN.stsEndpoint(region: "cn-northwest-1") == "https://sts.cn-northwest-1.amazonaws.com.cn")
    #expect(AWSPartition.aws.stsEndpoint(region: "eu-west-1") == "https://sts.eu-west-1.amazonaws.com")
    #expect(AWSPartition.awsUSGov.iamEndpoint.signingRegion == "us-gov-west-1")
    #expect(AWSPartition.awsCN.contains(region: "cn-north-1"))
    #expect(!AWSPartition.aws.contains(region: "cn-north-1"))
  }

  @Test(arguments: [("ab", true), ("a", false), ("fedtui@ci,run=1.2_x-y+z", true), ("a b", false), ("é1", false)])
  func sessionNames(name: String, valid: Bool) {
    #expect(SessionName.isValid(name) == valid)
    #expect(!SessionName.isValid(String(repeating: "a", count: 65)))
  }
}

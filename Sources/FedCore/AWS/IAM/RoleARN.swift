/// An IAM role ARN split into its fields: `arn:<partition>:iam::<account>:role/<path/>name`
/// (IAM User Guide, "IAM identifiers": ARNs).
public struct RoleARN: Sendable, Equatable, CustomStringConvertible {
  public var partition: AWSPartition
  public var account: String
  /// `/` or `/path/` (leading and trailing slash).
  public var path: String
  public var name: String

  /// Why a text is not a role ARN, naming the field at fault.
  public struct Invalid: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
  }

  /// Parses `arn:aws:iam::123456789012:role/deploy` (also with a path, and `aws-cn` / `aws-us-gov`).
  public static func parse(_ text: String) -> Result<RoleARN, Invalid> {
    let fields = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
    func invalid(_ why: String) -> Result<RoleARN, Invalid> { .failure(Invalid(reason: "\(text): \(why)")) }
    guard fields.count == 6, fields[0] == "arn" else {
      return invalid("not an ARN (expected arn:aws:iam::<account>:role/<name>)")
    }
    guard let partition = AWSPartition(rawValue: String(fields[1])) else {
      return invalid("unknown partition \(fields[1]) (aws, aws-cn or aws-us-gov)")
    }
    guard fields[2] == "iam", fields[3].isEmpty else { return invalid("not an IAM ARN (service iam, no region)") }
    guard ProviderARN.isAccountID(String(fields[4])) else { return invalid("the account must be 12 digits") }
    guard fields[5].hasPrefix("role/") else { return invalid("not a role (the resource must start with role/)") }
    let resource = fields[5].dropFirst("role/".count)
    let parts = resource.split(separator: "/", omittingEmptySubsequences: false)
    guard let last = parts.last, isRoleName(last) else {
      return invalid("the role name must be 1-64 characters of letters, digits and +=,.@_-")
    }
    let path = parts.count == 1 ? "/" : "/" + parts.dropLast().joined(separator: "/") + "/"
    return .success(RoleARN(partition: partition, account: String(fields[4]), path: path, name: String(last)))
  }

  public init(partition: AWSPartition, account: String, path: String = "/", name: String) {
    self.partition = partition
    self.account = account
    self.path = path
    self.name = name
  }

  public var description: String { "arn:\(partition.rawValue):iam::\(account):role\(path)\(name)" }

  /// The ARN of the OIDC provider for `issuer` in this role's account and partition.
  public func providerARN(issuer: String) -> String {
    IAMNaming.providerARN(issuer: issuer, account: account, partition: partition.rawValue)
  }

  /// IAM role names: 1-64 of `[\w+=,.@-]` (IAM API reference, `CreateRole` `RoleName` pattern).
  static func isRoleName(_ name: Substring) -> Bool {
    (1...64).contains(name.utf8.count) && name.utf8.allSatisfy(SessionName.allowed)
  }
}

/// The `RoleSessionName` STS accepts: 2-64 characters of `[\w+=,.@-]` (STS API reference,
/// `AssumeRoleWithWebIdentity`, `RoleSessionName`).
public enum SessionName {
  public static let lengths = 2...64

  public static func isValid(_ name: String) -> Bool {
    lengths.contains(name.utf8.count) && name.utf8.allSatisfy(allowed)
  }

  static func allowed(_ c: UInt8) -> Bool {
    switch c {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    default: "_+=,.@-".utf8.contains(c)
    }
  }
}

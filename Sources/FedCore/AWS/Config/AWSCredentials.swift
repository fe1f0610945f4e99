/// AWS credentials for signing IAM reads. Never printed: `description` names only the source,
/// and no FedTUI output, log or file ever holds the key, the secret or the session token.
public struct AWSCredentials: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
  public var accessKeyID: String
  public var secretAccessKey: String
  public var sessionToken: String?
  /// Where they came from: `environment`, `~/.aws/credentials [prod]`, `credential_process`, ...
  public var source: String

  public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil, source: String) {
    self.accessKeyID = accessKeyID
    self.secretAccessKey = secretAccessKey
    self.sessionToken = sessionToken?.isEmpty == true ? nil : sessionToken
    self.source = source
  }

  public var description: String { "AWS credentials from \(source)" }
  public var debugDescription: String { description }

  /// Reads the JSON a `credential_process` (or `aws configure export-credentials --format
  /// process`) prints: `{"Version": 1, "AccessKeyId", "SecretAccessKey", "SessionToken"?,
  /// "Expiration"?}` (AWS CLI docs, "Sourcing credentials with an external process").
  public static func fromProcessOutput(_ bytes: [UInt8], source: String) -> AWSCredentials? {
    guard let json = try? JSONParser.parse(bytes), json["Version"]?.integerValue == 1,
      let key = json["AccessKeyId"]?.stringValue, let secret = json["SecretAccessKey"]?.stringValue,
      !key.isEmpty, !secret.isEmpty
    else { return nil }
    return AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: json["SessionToken"]?.stringValue, source: source)
  }
}

/// One IAM role as the audit reads it: its ARN and its trust policy text.
public struct AuditRoleInput: Sendable, Equatable {
  public var arn: String
  /// The trust policy (`AssumeRolePolicyDocument`) as JSON text.
  public var trustPolicy: String

  public init(arn: String, trustPolicy: String) {
    self.arn = arn
    self.trustPolicy = trustPolicy
  }
}

/// One IAM OIDC provider of the account. `nil` details are unknown (not read), not empty.
public struct AuditProviderInput: Sendable, Equatable {
  public var arn: String
  /// The registered URL without `https://` as IAM returns it; nil when unknown.
  public var url: String?
  public var clientIDs: [String]?
  public var thumbprints: [String]?

  public init(arn: String, url: String? = nil, clientIDs: [String]? = nil, thumbprints: [String]? = nil) {
    self.arn = arn
    self.url = url
    self.clientIDs = clientIDs
    self.thumbprints = thumbprints
  }
}

/// One account's roles and providers. `providers == nil`: the provider list was not read, so
/// provider existence cannot be judged (no `account-role-provider-missing`, no `account-provider-unused`).
public struct AuditAccountInput: Sendable, Equatable {
  /// The 12-digit account id (or the best name the input gives).
  public var account: String
  public var roles: [AuditRoleInput]
  public var providers: [AuditProviderInput]?
  /// Where the roles came from (a file path or `profile NAME`), for messages.
  public var source: String

  public init(account: String, roles: [AuditRoleInput], providers: [AuditProviderInput]?, source: String = "") {
    self.account = account
    self.roles = roles
    self.providers = providers
    self.source = source
  }
}

/// One AWS Query API call: `Action`, `Version` and parameters sent as an
/// `application/x-www-form-urlencoded` POST body (AWS general reference, "Query requests").
public struct QueryRequest: Sendable, Equatable {
  public var action: String
  public var version: String
  public var parameters: [(String, String)]

  public init(action: String, version: String, parameters: [(String, String)] = []) {
    self.action = action
    self.version = version
    self.parameters = parameters
  }

  /// The form body, parameters in the order given, each name and value percent-encoded
  /// (RFC 3986: everything but `A-Z a-z 0-9 - _ . ~`).
  public var body: String {
    ([("Action", action), ("Version", version)] + parameters)
      .map { "\(Self.encoded($0.0))=\(Self.encoded($0.1))" }
      .joined(separator: "&")
  }

  public static func encoded(_ text: String) -> String { PercentEncoding.encoded(text) }

  public static func == (a: QueryRequest, b: QueryRequest) -> Bool { a.body == b.body }

  // The IAM reads FedTUI makes (IAM API reference, API version 2010-05-08).
  static let iamVersion = "2010-05-08"
  // STS API version (STS API reference, 2011-06-15).
  static let stsVersion = "2011-06-15"

  public static func getRole(name: String) -> QueryRequest {
    QueryRequest(action: "GetRole", version: iamVersion, parameters: [("RoleName", name)])
  }
  public static func getOpenIDConnectProvider(arn: String) -> QueryRequest {
    QueryRequest(action: "GetOpenIDConnectProvider", version: iamVersion, parameters: [("OpenIDConnectProviderArn", arn)])
  }
  public static let listOpenIDConnectProviders = QueryRequest(action: "ListOpenIDConnectProviders", version: iamVersion)

  /// The unsigned STS call: the token travels in this body and nowhere else.
  public static func assumeRoleWithWebIdentity(roleArn: String, sessionName: String, token: String, durationSeconds: Int?)
    -> QueryRequest
  {
    var parameters = [("RoleArn", roleArn), ("RoleSessionName", sessionName), ("WebIdentityToken", token)]
    if let durationSeconds { parameters.append(("DurationSeconds", String(durationSeconds))) }
    return QueryRequest(action: "AssumeRoleWithWebIdentity", version: stsVersion, parameters: parameters)
  }
}

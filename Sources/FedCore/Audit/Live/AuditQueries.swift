/// The IAM reads of `fedtui audit` (IAM API reference, API version 2010-05-08).
extension QueryRequest {
  /// `GetAccountAuthorizationDetails` with `Filter=Role`, one page (`Marker` from the previous one).
  public static func getAccountAuthorizationDetails(marker: String?) -> QueryRequest {
    var parameters = [("Filter.member.1", "Role")]
    if let marker { parameters.append(("Marker", marker)) }
    return QueryRequest(action: "GetAccountAuthorizationDetails", version: iamVersion, parameters: parameters)
  }
}

/// One page of `GetAccountAuthorizationDetails`: roles with their trust policies, and the next marker.
public struct AuthorizationDetailsPage: Sendable, Equatable {
  public var roles: [AuditRoleInput]
  /// Set when `IsTruncated` is true.
  public var marker: String?

  /// Reads a `GetAccountAuthorizationDetailsResponse`; trust policies arrive URL-encoded.
  public static func read(_ body: [UInt8], status: Int) -> Result<AuthorizationDetailsPage, AWSAnswerFailure> {
    AWSAnswer.root(body, status: status, expecting: "GetAccountAuthorizationDetailsResponse").flatMap { root in
      guard let result = root.child("GetAccountAuthorizationDetailsResult") else {
        return .failure(.unreadable("GetAccountAuthorizationDetails answer without GetAccountAuthorizationDetailsResult"))
      }
      var roles: [AuditRoleInput] = []
      for member in result.child("RoleDetailList")?.children("member") ?? [] {
        guard let arn = member.string("Arn"), let policy = member.string("AssumeRolePolicyDocument") else {
          return .failure(.unreadable("GetAccountAuthorizationDetails role without Arn or AssumeRolePolicyDocument"))
        }
        roles.append(AuditRoleInput(arn: arn, trustPolicy: PercentDecoding.policyText(policy)))
      }
      let truncated = result.string("IsTruncated") == "true"
      return .success(AuthorizationDetailsPage(roles: roles, marker: truncated ? result.string("Marker") : nil))
    }
  }
}

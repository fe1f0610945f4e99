/// An IAM OIDC provider as `iam:GetOpenIDConnectProvider` returns it.
public struct IAMOIDCProvider: Sendable, Equatable {
  public var arn: String
  /// `Url`, as IAM stores it (no scheme, e.g. `token.actions.githubusercontent.com`).
  public var url: String
  public var clientIDs: [String]
  /// SHA-1 thumbprints, lowercase hex as registered.
  public var thumbprints: [String]

  public init(arn: String, url: String, clientIDs: [String], thumbprints: [String]) {
    self.arn = arn
    self.url = url
    self.clientIDs = clientIDs
    self.thumbprints = thumbprints
  }

  /// Reads a `GetOpenIDConnectProviderResponse` for the provider `arn` (the answer does not repeat it).
  public static func read(_ body: [UInt8], status: Int, arn: String) -> Result<IAMOIDCProvider, AWSAnswerFailure> {
    AWSAnswer.root(body, status: status, expecting: "GetOpenIDConnectProviderResponse").flatMap { root in
      guard let result = root.child("GetOpenIDConnectProviderResult"), let url = result.string("Url") else {
        return .failure(.unreadable("GetOpenIDConnectProvider answer without Url"))
      }
      return .success(
        IAMOIDCProvider(
          arn: arn, url: url, clientIDs: AWSAnswer.members(result.child("ClientIDList")),
          thumbprints: AWSAnswer.members(result.child("ThumbprintList")).map { $0.lowercased() }))
    }
  }

  /// Reads a `ListOpenIDConnectProvidersResponse`: the ARNs of every provider in the account.
  public static func readList(_ body: [UInt8], status: Int) -> Result<[String], AWSAnswerFailure> {
    AWSAnswer.root(body, status: status, expecting: "ListOpenIDConnectProvidersResponse").flatMap { root in
      guard let list = root.path("ListOpenIDConnectProvidersResult", "OpenIDConnectProviderList") else {
        return .failure(.unreadable("ListOpenIDConnectProviders answer without OpenIDConnectProviderList"))
      }
      return .success(list.children("member").compactMap { $0.string("Arn") })
    }
  }
}

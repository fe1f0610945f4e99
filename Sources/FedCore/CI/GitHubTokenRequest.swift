/// The GitHub Actions ID-token request: `GET <ACTIONS_ID_TOKEN_REQUEST_URL>&audience=<aud>` with
/// `Authorization: Bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>`, answered by `{"value": "<jwt>"}`.
/// Source: GitHub Docs, "About security hardening with OpenID Connect" (documented).
///
/// Both the bearer and the answer are secrets: `description`-free, never part of an error text.
public struct GitHubTokenRequest: Sendable, Equatable {
  public var requestURL: String
  public var bearer: String
  public var audience: String

  public init(requestURL: String, bearer: String, audience: String) {
    self.requestURL = requestURL
    self.bearer = bearer
    self.audience = audience
  }

  /// The URL with the audience parameter added (the runtime's URL already has a query).
  public var url: String {
    let separator = requestURL.contains("?") ? "&" : "?"
    return requestURL + separator + "audience=" + PercentEncoding.encoded(audience)
  }

  /// The fetch, bearer in a header (dropped on a redirect to another origin by the fetcher).
  public func fetchRequest(timeout: Double, caFile: String?) -> FetchRequest {
    FetchRequest(
      url: url, timeout: timeout, maxBytes: Limits.tokenBytes, caFile: caFile,
      headers: [HTTPHeader("Authorization", "Bearer " + bearer), HTTPHeader("Accept", "application/json")])
  }

  /// The token from the runtime's answer, or a reason that names no secret.
  public static func token(from result: Result<FetchResponse, FetchFailure>) -> Result<String, CITokenError> {
    switch result {
    case .failure(let failure):
      if let status = failure.response?.status, status == 401 || status == 403 {
        return .failure(.requestFailed("HTTP \(status): the runtime refused the request token (is `permissions: id-token: write` set?)"))
      }
      return .failure(.requestFailed("\(failure.stage.rawValue): \(TextSafety.escaped(failure.message))"))
    case .success(let response):
      guard let json = try? JSONParser.parse(response.body), let value = json["value"]?.stringValue, !value.isEmpty else {
        return .failure(.requestFailed("HTTP \(response.status): the answer has no \"value\" member"))
      }
      return .success(value)
    }
  }
}

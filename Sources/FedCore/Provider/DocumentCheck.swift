/// Checks applied to every fetched or loaded provider document.
public enum DocumentCheck {
  /// A successful fetch whose body is not JSON becomes a `.notJSON` failure, keeping the response
  /// as evidence (`discovery-invalid`, `jwks-invalid`). Structure (issuer, jwks_uri, keys) is the
  /// diagnosis's business, not the fetcher's.
  public static func requireJSON(_ result: Result<FetchResponse, FetchFailure>) -> Result<FetchResponse, FetchFailure> {
    guard case .success(let response) = result else { return result }
    do {
      _ = try JSONParser.parse(response.body)
      return result
    } catch {
      return .failure(
        FetchFailure(
          url: response.requestedURL, stage: .notJSON, message: "not JSON: \(error)", response: response,
          elapsed: response.elapsed))
    }
  }
}

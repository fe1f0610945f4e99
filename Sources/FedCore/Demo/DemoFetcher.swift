/// A `Fetcher` that serves the demo instance's documents from memory, so the same code path
/// as a live check (`Checker.run(DemoScenario.options, fetcher: DemoScenario.fetcher)`, a
/// dashboard refresh) works with no network. Any other URL is a 404.
public struct DemoFetcher: Fetcher {
  public init() {}

  public func fetch(_ request: FetchRequest) async -> Result<FetchResponse, FetchFailure> {
    let base = DemoScenario.instanceURL
    let body: String?
    switch request.url {
    case base + "/.well-known/openid-configuration": body = DemoScenario.discoveryDocument
    case base + "/oauth/discovery/keys": body = DemoScenario.applicationKeyJWKS
    case base + "/-/jwks": body = DemoScenario.ciKeyJWKS
    default: body = nil
    }
    let fetch = body.map { DemoScenario.ok(request.url, $0) } ?? DemoScenario.notFound(request.url)
    return fetch.result
  }
}

extension DemoScenario {
  /// The offline fetcher for the demo instance.
  public static var fetcher: DemoFetcher { DemoFetcher() }
}

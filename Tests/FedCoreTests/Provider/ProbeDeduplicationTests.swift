import FedCore
import Testing

/// A `jwks_uri` that is also an alternate key location is fetched once (issue 13 "Speed").
@Suite struct ProbeDeduplicationTests {
  /// Counts the fetches of each URL; discovery points `jwks_uri` at `<issuer>/jwks`.
  actor Counter {
    var counts: [String: Int] = [:]
    func add(_ url: String) { counts[url, default: 0] += 1 }
  }

  struct CountingFetcher: Fetcher {
    let counter: Counter
    let issuer: String
    let delayMs: Int
    func fetch(_ request: FetchRequest) async -> Result<FetchResponse, FetchFailure> {
      await counter.add(request.url)
      try? await Task.sleep(for: .milliseconds(delayMs))
      let body =
        request.url.hasSuffix("openid-configuration")
        ? #"{"issuer":"\#(issuer)","jwks_uri":"\#(issuer)/jwks"}"# : #"{"keys":[]}"#
      return .success(FetchResponse(requestedURL: request.url, status: 200, body: Array(body.utf8)))
    }
  }

  @Test func everyURLIsFetchedOnceAndTheSequentialTimeIsStillReported() async {
    let issuer = "https://issuer.example"
    let counter = Counter()
    let probe = ProviderProbe(fetcher: CountingFetcher(counter: counter, issuer: issuer, delayMs: 50))
    let snapshot = await probe.probe(issuer: issuer, alternateKeyPaths: ["/jwks", "/keys"])
    let counts = await counter.counts
    #expect(counts.values.allSatisfy { $0 == 1 }, "\(counts)")
    #expect(counts[issuer + "/jwks"] == 1)
    #expect(snapshot.jwks?.url == issuer + "/jwks")
    #expect(snapshot.jwks?.response != nil)
    #expect(snapshot.alternates.map(\.url) == [issuer + "/jwks", issuer + "/keys"])
    // discovery-slow sees discovery + JWKS in sequence (each took >= 50 ms), though they overlapped.
    #expect((snapshot.discoveryAndJWKSElapsed ?? 0) >= 0.1)
  }

  @Test func aJWKSURIElsewhereIsFetchedAfterDiscovery() async {
    let issuer = "https://issuer.example"
    let counter = Counter()
    let probe = ProviderProbe(fetcher: CountingFetcher(counter: counter, issuer: issuer, delayMs: 1))
    let snapshot = await probe.probe(issuer: issuer, alternateKeyPaths: ["/keys"])
    #expect(await counter.counts[issuer + "/jwks"] == 1)
    #expect(snapshot.alternates.count == 1)
  }
}

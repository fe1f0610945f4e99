import FedCore
import Foundation
import Testing

/// Each documented cap (README "Limits", `Limits`) is hit once, with the outcome the README names.
@Suite struct LimitsTests {
  @Test func tokenOverTheCapIsRefusedBeforeDecoding() {
    let text = String(repeating: "a", count: Limits.tokenBytes + 1)
    #expect(TokenDecoder.decode(text) == .failure(.tooLarge(length: Limits.tokenBytes + 1, limit: Limits.tokenBytes)))
  }

  @Test func nestingBeyondTheDepthCapIsNotJSON() throws {
    let deep = String(repeating: "[", count: Limits.jsonDepth + 1) + String(repeating: "]", count: Limits.jsonDepth + 1)
    let fine = String(repeating: "[", count: Limits.jsonDepth) + String(repeating: "]", count: Limits.jsonDepth)
    #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
    #expect(throws: Never.self) { try JSONParser.parse(fine) }
    // A nesting bomb far past the cap fails fast at the cap, without recursing further.
    let bomb = String(repeating: "[", count: 1_000_000)
    do {
      _ = try JSONParser.parse(bomb)
      Issue.record("a nesting bomb parsed")
    } catch {
      #expect(error.reason == .tooDeep(limit: Limits.jsonDepth))
    }
  }

  @Test func fetchDefaultsAreTheNamedLimits() {
    let request = FetchRequest(url: "https://example.com")
    #expect(request.timeout == Limits.fetchTimeout)
    #expect(request.connectTimeout == Limits.connectTimeout)
    #expect(request.maxBytes == Limits.discoveryBytes)
    #expect(request.maxRedirects == Limits.redirects)
    let probe = ProviderProbe.Options()
    #expect(probe.discoveryMaxBytes == Limits.discoveryBytes && probe.jwksMaxBytes == Limits.jwksBytes)
  }

  /// Distinct redirects (no loop): the fourth is refused with stage `redirects`.
  @Test func redirectsBeyondTheCapFail() async throws {
    try await FaultServer.with { server in
      let url = server.faultURL("redirect-chain") + "/0"
      let result = await CurlFetcher().fetch(FetchRequest(url: url, timeout: 30, caFile: server.info.ca))
      guard case .failure(let failure) = result else {
        Issue.record("an endless redirect chain succeeded")
        return
      }
      #expect(failure.stage == .tooManyRedirects)
      #expect(failure.response?.redirects.count == Limits.redirects + 1)
    }
  }

  /// Files past `Limits.fileBytes` are refused with exit 2, naming the flag.
  @Test func oversizedInputFileIsBadUsage() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("fedtui-big-\(UUID().uuidString).json").path
    #expect(FileManager.default.createFile(atPath: path, contents: Data(count: Limits.fileBytes + 1)))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let outcome = try FedTUIProcess.run(["check", "--issuer", "https://gitlab.com", "--jwks-file", path])
    #expect(outcome.status == 2)
    #expect(outcome.stderrText.contains("--jwks-file"))
  }

  @Test(arguments: ["0", "301", "-1"])
  func timeoutOutsideTheRangeIsBadUsage(value: String) throws {
    #expect(try FedTUIProcess.run(["check", "--issuer", "https://gitlab.com", "--timeout", value]).status == 2)
  }
}

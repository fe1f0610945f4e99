import Foundation
import Testing

@testable import FedCore

/// The live fetcher against a real HTTPS server on 127.0.0.1 (scripts/testserver.py).
@Suite struct CurlFetcherTests {
  let fetcher = CurlFetcher()

  @Test func successKeepsHeadersInOrderAndCapturesTheChain() async throws {
    let body = #"{"keys":[]}"#
    let server = try await TestServer.start(routes: [
      "/doc": .json(body, headers: [("Cache-Control", "max-age=0"), ("X-First", "1"), ("X-Second", "2")])
    ])
    defer { server.stop() }
    let response = try await fetcher.fetch(FetchRequest(url: server.url("/doc"), caFile: server.caFile)).get()
    #expect(response.status == 200)
    #expect(response.body == Array(body.utf8))
    let names = response.headers.map { $0.name.lowercased() }
    let first = try #require(names.firstIndex(of: "x-first"))
    #expect(names.firstIndex(of: "cache-control")! < first && first < names.firstIndex(of: "x-second")!)
    #expect(response.headerValues("cache-control") == ["max-age=0"])
    // The thumbprint is the top served certificate's SHA-1, as computed by Python.
    #expect(response.certificates.map(\.sha1Thumbprint) == server.info.chainSHA1)
    #expect(response.topCertificate?.sha1Thumbprint == server.topSHA1)
    #expect(response.topCertificate?.subject.contains("Intermediate") == true)
    #expect(response.redirects.isEmpty)
    #expect(response.finalURL == server.url("/doc"))
    // Verified only thanks to the extra anchor: not publicly trusted.
    #expect(response.publiclyTrusted == false)
  }

  @Test func plainHTTPHasNoChainAndNoTrustVerdict() async throws {
    let server = try await TestServer.start(routes: ["/doc": .json(#"{"jwks_uri":"{http_base}/k"}"#)], plainHTTP: true)
    defer { server.stop() }
    let port = try #require(server.info.httpPort)
    let response = try await fetcher.fetch(FetchRequest(url: "http://127.0.0.1:\(port)/doc")).get()
    #expect(response.certificates.isEmpty)
    #expect(response.publiclyTrusted == nil)
    // {http_base} was substituted by the server.
    #expect(String(decoding: response.body, as: UTF8.self).contains("http://127.0.0.1:\(port)/k"))
    #expect(try server.requestLog().first?.scheme == "http")
  }

  @Test func notFoundIsAnHTTPStatusFailureWithTheResponse() async throws {
    let server = try await TestServer.start(routes: [:])
    defer { server.stop() }
    let result = await fetcher.fetch(FetchRequest(url: server.url("/missing"), caFile: server.caFile))
    let failure = try #require(result.failure)
    #expect(failure.stage == .httpStatus)
    #expect(failure.response?.status == 404)
    #expect(failure.response?.certificates.last?.sha1Thumbprint == server.topSHA1)
  }

  @Test(arguments: [true, false])
  func untrustedChainIsATLSFailureWithTheReason(useWrongCA: Bool) async throws {
    let server = try await TestServer.start(routes: ["/doc": .text("x")])
    defer { server.stop() }
    let request = FetchRequest(url: server.url("/doc"), caFile: useWrongCA ? server.wrongCAFile : nil)
    let failure = try #require(await fetcher.fetch(request).failure)
    #expect(failure.stage == .tls)
    #expect(failure.message.lowercased().contains("certificate"))
    #expect(failure.response == nil)
  }

  /// "System roots" stand-ins (a bundle file, or a hashed directory as on Debian): the server's
  /// CA (publicly trusted), or an unrelated one.
  @Test(
    arguments: [
      (false, true, false, true), (false, false, true, false), (false, false, false, nil),
      (true, true, false, true), (true, false, true, false), (true, false, false, nil),
    ] as [(Bool, Bool, Bool, Bool?)])
  func publicTrustTellsSystemRootsFromExtraAnchors(hashedDirectory: Bool, systemHasCA: Bool, passCAFile: Bool, expected: Bool?)
    async throws
  {
    let server = try await TestServer.start(routes: ["/doc": .text("x")])
    defer { server.stop() }
    let rootsPEM = systemHasCA ? server.caFile : server.wrongCAFile
    var roots = SystemRoots.file(rootsPEM)
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fedtui-roots-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    if hashedDirectory {
      let pem = try String(contentsOfFile: rootsPEM, encoding: .utf8)
      let hash = try #require(SystemTrust.subjectHash(pem: pem))
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try pem.write(to: directory.appendingPathComponent(hash + ".0"), atomically: true, encoding: .utf8)
      #expect(SystemRoots.isHashedDirectory(directory.path))
      roots = .directory(directory.path)
    }
    let fetcher = CurlFetcher(systemRoots: roots)
    let result = await fetcher.fetch(FetchRequest(url: server.url("/doc"), caFile: passCAFile ? server.caFile : nil))
    if let expected {
      #expect(try result.get().publiclyTrusted == expected)
    } else {
      #expect(result.failure?.stage == .tls)
    }
  }

  @Test func slowServerTimesOut() async throws {
    let server = try await TestServer.start(routes: ["/slow": Route(body: "late", delayMs: 5000)])
    defer { server.stop() }
    let failure = try #require(await fetcher.fetch(FetchRequest(url: server.url("/slow"), timeout: 0.5, caFile: server.caFile)).failure)
    #expect(failure.stage == .timeout)
  }

  @Test func tricklingBodyHitsTheTotalTimeout() async throws {
    // Bytes keep arriving, so only a total (not an idle) timeout stops it.
    let server = try await TestServer.start(routes: ["/trickle": Route(size: 200_000, trickleBytesPerSecond: 20_000)])
    defer { server.stop() }
    let failure = try #require(await fetcher.fetch(FetchRequest(url: server.url("/trickle"), timeout: 1, caFile: server.caFile)).failure)
    #expect(failure.stage == .timeout)
  }

  @Test func oversizedBodyIsCutOffWhileReading() async throws {
    // More than the kernel can buffer (loopback rmem + wmem maxima here: 32 + 4 MiB), so the
    // server cannot finish sending once the client hangs up.
    let size = 48 << 20
    let server = try await TestServer.start(routes: ["/huge": .generated(size: size, contentLength: false)])
    defer { server.stop() }
    let request = FetchRequest(url: server.url("/huge"), maxBytes: 1 << 20, caFile: server.caFile)
    let failure = try #require(await fetcher.fetch(request).failure)
    #expect(failure.stage == .tooLarge)
    #expect((failure.response?.body.count ?? 0) <= 1 << 20)
    // The server could not send it all: the client hung up mid-body.
    let entry = try #require(try server.settledRequestLog().first { $0.path == "/huge" })
    #expect(entry.aborted)
  }

  @Test func oversizedHeadersAreCutOff() async throws {
    let big = String(repeating: "h", count: 80_000)
    let headers = (0..<4).map { ("X-Big-\($0)", big) }
    let server = try await TestServer.start(routes: ["/headers": .text("x", headers: headers)])
    defer { server.stop() }
    let failure = try #require(await fetcher.fetch(FetchRequest(url: server.url("/headers"), caFile: server.caFile)).failure)
    #expect(failure.stage == .tooLarge)
  }

  @Test func declaredOversizedBodyIsRefused() async throws {
    let server = try await TestServer.start(routes: ["/big": .generated(size: 2 << 20)])
    defer { server.stop() }
    let request = FetchRequest(url: server.url("/big"), maxBytes: 1 << 20, caFile: server.caFile)
    #expect(await fetcher.fetch(request).failure?.stage == .tooLarge)
  }

  @Test func redirectLoopIsATypedFailure() async throws {
    let server = try await TestServer.start(routes: ["/a": .redirect(to: "/b"), "/b": .redirect(to: "{base}/a", status: 301)])
    defer { server.stop() }
    let failure = try #require(await fetcher.fetch(FetchRequest(url: server.url("/a"), caFile: server.caFile)).failure)
    #expect(failure.stage == .tooManyRedirects)
    #expect(failure.response?.redirects.map(\.status) == [302, 301])
    #expect(failure.response?.redirects.last?.to == server.url("/a"))
  }

  @Test func redirectsPastTheCapFail() async throws {
    var routes: [String: TestServer.Route] = ["/r4": .text("end")]
    for hop in 0..<4 { routes["/r\(hop)"] = .redirect(to: "/r\(hop + 1)") }
    let server = try await TestServer.start(routes: routes)
    defer { server.stop() }
    let failure = try #require(await fetcher.fetch(FetchRequest(url: server.url("/r0"), caFile: server.caFile)).failure)
    #expect(failure.stage == .tooManyRedirects)
    #expect(failure.response?.redirects.count == 4)
    #expect(try server.requestLog().map(\.path) == ["/r0", "/r1", "/r2", "/r3"])
  }

  @Test func upToThreeRedirectsAreFollowedAndRecorded() async throws {
    let server = try await TestServer.start(routes: [
      "/h1": .redirect(to: "/h2", status: 301), "/h2": .redirect(to: "{base}/h3", status: 307),
      "/h3": .redirect(to: "/final", status: 308), "/final": .json("[]"),
    ])
    defer { server.stop() }
    let response = try await fetcher.fetch(FetchRequest(url: server.url("/h1"), caFile: server.caFile)).get()
    #expect(
      response.redirects == [
        Redirect(from: server.url("/h1"), to: server.url("/h2"), status: 301),
        Redirect(from: server.url("/h2"), to: server.url("/h3"), status: 307),
        Redirect(from: server.url("/h3"), to: server.url("/final"), status: 308),
      ])
    #expect(response.requestedURL == server.url("/h1"))
    #expect(response.finalURL == server.url("/final"))
    #expect(response.body == Array("[]".utf8))
  }

  @Test(arguments: ["file:///etc/passwd", "gopher://127.0.0.1/", "ftp://127.0.0.1/x"])
  func redirectsToOtherSchemesAreRefused(target: String) async throws {
    let server = try await TestServer.start(routes: ["/r": .redirect(to: target)])
    defer { server.stop() }
    let failure = try #require(await fetcher.fetch(FetchRequest(url: server.url("/r"), caFile: server.caFile)).failure)
    #expect(failure.stage == .invalidURL)
    #expect(failure.response?.redirects.last?.to == target)
  }

  @Test func droppedConnectionAndClosedPortAreConnectFailures() async throws {
    let server = try await TestServer.start(routes: ["/drop": Route(drop: true)])
    let dropped = await fetcher.fetch(FetchRequest(url: server.url("/drop"), caFile: server.caFile))
    let closed = server.url("/")
    server.stop()
    #expect(dropped.failure?.stage == .connect)
    // The server is gone: nothing listens on its port any more.
    #expect(await fetcher.fetch(FetchRequest(url: closed, timeout: 3)).failure?.stage == .connect)
  }

  @Test func cancellingTheTaskAbortsTheTransfer() async throws {
    let server = try await TestServer.start(routes: ["/slow": Route(body: "late", delayMs: 8000)])
    defer { server.stop() }
    let request = FetchRequest(url: server.url("/slow"), timeout: 20, caFile: server.caFile)
    let fetcher = self.fetcher
    let task = Task { await fetcher.fetch(request) }
    try await Task.sleep(for: .milliseconds(200))
    task.cancel()
    #expect(await task.value.failure?.stage == .cancelled)
  }

  @Test(arguments: [
    "ftp://example.org/x", "file:///etc/passwd", "https://", "https:///path", "https://a b/", "gopher://x",
    "https://x/" + String(repeating: "a", count: 9000),
  ])
  func onlyHTTPAndHTTPSURLsAreFetched(url: String) async {
    #expect(await fetcher.fetch(FetchRequest(url: url)).failure?.stage == .invalidURL)
  }
}

typealias Route = TestServer.Route

extension Result {
  var failure: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}

import Foundation
import Testing

@testable import FedCore

/// Hostile and broken issuers on real loopback sockets (`scripts/faultserver.py`), through the
/// real `CurlFetcher` and the whole check: every fault ends as one clear finding naming the
/// stage, within the configured timeout, with bounded memory.
@Suite struct NetworkFaultTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var fault: String
    var stage: FaultServer.Stage
    var rule: RuleID
    /// The `stage` evidence of an unreachable finding (nil for the `-invalid` rules).
    var fetchStage: String?
    var testDescription: String { "\(fault) at \(stage)" }
  }

  /// Each fault at both stages: discovery (`/d/<fault>/…`) and JWKS (`/j/<fault>` → `/f/<fault>`).
  static let cases: [Case] = [
    ("reset", "connect"), ("drop", "connect"), ("stall", "timeout"), ("trickle", "timeout"),
    ("redirect-loop", "redirects"), ("huge", "too-large"), ("huge-chunked", "too-large"), ("http-500", "http-status"),
    ("gzip-bomb", nil), ("invalid-utf8", nil), ("nesting-bomb", nil), ("not-json", nil),
  ].flatMap { fault, fetchStage in
    [
      Case(fault: fault, stage: .discovery, rule: fetchStage == nil ? .discoveryInvalid : .discoveryUnreachable, fetchStage: fetchStage),
      Case(fault: fault, stage: .jwks, rule: fetchStage == nil ? .jwksInvalid : .jwksUnreachable, fetchStage: fetchStage),
    ]
  }

  /// Generous: the whole test suite runs in parallel on a small machine, and a healthy loopback
  /// fetch must not time out. Faults that only a timeout ends (stall, trickle) use `slowTimeout`.
  static let timeout = 30.0
  /// Long enough for the healthy discovery before a stalling JWKS, short enough to keep the suite quick.
  static let slowTimeout = 6.0

  static func check(issuer: String, server: FaultServer, timeout: Double = timeout) async -> CheckReport {
    let options = CheckOptions(issuer: issuer, caFile: server.info.ca, timeout: timeout, now: 1_700_000_000)
    return await Checker.run(options, fetcher: CurlFetcher())
  }

  @Test(arguments: cases)
  func faultEndsAsAFinding(_ c: Case) async throws {
    try await FaultServer.with { server in
      let start = ContinuousClock.now
      let timeout = c.fetchStage == "timeout" ? Self.slowTimeout : Self.timeout
      let report = await Self.check(issuer: server.issuer(c.stage, c.fault), server: server, timeout: timeout)
      let elapsed = ContinuousClock.now - start
      print("fault \(c.testDescription): \(report.findings.map(\.id.rawValue)) in \(elapsed)")
      let finding = try #require(report.findings.first { $0.id == c.rule }, "\(report.findings.map(\.id))")
      #expect(finding.severity == .error)
      if let stage = c.fetchStage {
        #expect(finding.evidence.first { $0.label == "stage" }?.value == stage)
        #expect(finding.evidence.first { $0.label == "error" }.map { !$0.value.isEmpty } == true)
      }
      // A fetch that failed at connect or timeout may be this machine's network: `unknown`.
      let local = ["connect", "timeout", "dns"].contains(c.fetchStage ?? "")
      #expect(report.verdict == (local ? .unknown : .reject))
    }
  }

  /// Connection-level faults: nothing listening, a peer that is not TLS, a certificate for
  /// another host, an expired certificate (both signed by the trusted test CA).
  @Test(arguments: [
    ("refused_base", "connect"), ("not_tls_base", "tls"), ("wrong_host_base", "tls"), ("expired_base", "tls"),
  ])
  func connectionFaultEndsAsUnreachable(listener: String, stage: String) async throws {
    try await FaultServer.with { server in
      let base = [
        "refused_base": server.info.refusedBase, "not_tls_base": server.info.notTLSBase,
        "wrong_host_base": server.info.wrongHostBase, "expired_base": server.info.expiredBase,
      ][listener]!
      let report = await Self.check(issuer: base + "/ok", server: server)
      let finding = try #require(report.findings.first { $0.id == .discoveryUnreachable })
      #expect(finding.evidence.first { $0.label == "stage" }?.value == stage)
      print("\(listener): \(finding.evidence.first { $0.label == "error" }?.value ?? "")")
    }
  }

  /// The well-behaved path of the same server works (so the faults above are the faults).
  @Test func healthyIssuerIsReached() async throws {
    try await FaultServer.with { server in
      let report = await Self.check(issuer: server.info.base + "/ok", server: server)
      #expect(!report.findings.contains { $0.id == .discoveryUnreachable || $0.id == .jwksUnreachable })
      #expect(report.findings.contains { $0.id == .jwksInvalid })  // it serves {"keys": []}
    }
  }

  /// FedTUI asks for no compression, so a gzip bomb stays the ~250 KB it is on the wire: the
  /// request carries no Accept-Encoding, and the body that arrives is refused as not JSON.
  @Test func gzipBombIsNeverInflated() async throws {
    try await FaultServer.with { server in
      let fetch = await CurlFetcher().fetch(FetchRequest(url: server.faultURL("gzip-bomb"), caFile: server.info.ca))
      if case .failure(let failure) = fetch { Issue.record("gzip bomb fetch failed: \(failure.stage) \(failure.message)") }
      let response = try #require(try? fetch.get())
      #expect(response.body.count < 300_000)
      #expect(response.body.prefix(2) == [0x1F, 0x8B])  // still gzip
      let request = try #require(server.requests().last { $0.path == "/f/gzip-bomb" })
      #expect(request.headers["accept-encoding"] == nil)
    }
  }

  /// A trickling server is cut at the configured timeout, whatever its pace.
  @Test func trickleEndsAtTheConfiguredTimeout() async throws {
    try await FaultServer.with { server in
      let fetch = await CurlFetcher().fetch(FetchRequest(url: server.faultURL("trickle"), timeout: 2, caFile: server.info.ca))
      guard case .failure(let failure) = fetch else {
        Issue.record("a 4096-second body finished within 2 s")
        return
      }
      #expect(failure.stage == .timeout)
      print("trickle cut after \(failure.elapsed) s (timeout 2 s)")
    }
  }

  /// A 100 MB body is cut at the cap while reading: what is kept never exceeds the cap.
  @Test func hugeBodyIsCutAtTheCap() async throws {
    try await FaultServer.with { server in
      let request = FetchRequest(url: server.faultURL("huge-chunked"), maxBytes: 1 << 20, caFile: server.info.ca)
      guard case .failure(let failure) = await CurlFetcher().fetch(request) else {
        Issue.record("a 100 MB body was accepted")
        return
      }
      #expect(failure.stage == .tooLarge)
      #expect((failure.response?.body.count ?? 0) <= 1 << 20)
    }
  }
}

import FedCore
import Foundation
import Testing

/// Peak memory of a whole `fedtui check` process (`/usr/bin/time -v`) against the worst
/// network cases, next to a healthy issuer. The response caps bound what is kept, so the peak
/// must stay near the baseline however large the server's answer; the figures are printed.
@Suite(.serialized) struct MemoryBoundTests {
  /// Headroom over the healthy baseline: discovery (1 MiB cap) and the alternate key locations
  /// (4 MiB cap each) arrive concurrently, so ~25 MiB of bodies plus allocator slack. Without
  /// the caps, one 100 MB body alone would pass it.
  static let allowedGrowthKiB = 64 * 1024

  static func peak(_ issuer: String, _ server: FaultServer) throws -> (Int, FedTUIProcess.Outcome) {
    let timeout = issuer.hasSuffix("/trickle") ? "5" : "30"  // generous: the suite runs in parallel
    let outcome = try FedTUIProcess.run(
      ["check", "--issuer", issuer, "--ca-file", server.info.ca, "--timeout", timeout, "--format", "json"], measureMemory: true)
    return (try #require(outcome.peakRSSKiB), outcome)
  }

  @Test func worstNetworkCasesStayNearTheBaseline() async throws {
    try await FaultServer.with { server in
      let (baseline, _) = try Self.peak(server.info.base + "/ok", server)
      print("peak RSS of fedtui check, healthy issuer: \(baseline) KiB")
      for path in ["/d/huge", "/d/huge-chunked", "/j/huge-chunked", "/d/gzip-bomb", "/j/nesting-bomb", "/d/trickle"] {
        let (peak, outcome) = try Self.peak(server.info.base + path, server)
        print("peak RSS of fedtui check, \(path): \(peak) KiB (+\(peak - baseline) KiB)")
        // A trickle ends at the timeout, which may be local to this machine: exit 3 (cannot tell).
        #expect(outcome.status == (path == "/d/trickle" ? 3 : 1))
        #expect(peak < baseline + Self.allowedGrowthKiB, "\(path): \(peak) KiB against a \(baseline) KiB baseline")
      }
    }
  }
}

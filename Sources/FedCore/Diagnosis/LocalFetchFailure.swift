/// Which fetch failures prove nothing about what AWS sees. AWS fetches discovery and JWKS from
/// the internet; a failure at DNS, connect or timeout may be this machine's network (a proxy, a
/// firewall, no route), so the error it gives is reported with an `uncertainty` and the verdict
/// becomes `unknown` when no certain error remains.
public enum LocalFetchFailure {
  /// The stages that may be local to this machine.
  public static let stages: Set<FetchStage> = [.dns, .connect, .timeout]

  /// True when a failure at `stage` may be local to this machine.
  public static func mayBeLocal(_ stage: FetchStage) -> Bool { stages.contains(stage) }

  /// The uncertainty of a failed fetch: "<url> could not be reached from here", or nil when
  /// the failure is certain (an HTTP status, a body that is not JSON, a bad URL, TLS).
  public static func uncertainty(_ failure: FetchFailure) -> String? {
    mayBeLocal(failure.stage) ? "\(failure.url) could not be reached from here" : nil
  }
}

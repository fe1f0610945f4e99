import FedCore

/// What the dashboard checks: FedCore's `CheckOptions` (the flags of `fedtui check`, files
/// already read), with the token held in memory only and never printed.
struct CheckInput: Equatable, Sendable {
  var options: CheckOptions
  /// `:role ARN`: the role whose deployed side the check reads (overrides `--role-arn`).
  var roleARN: String? = nil

  init(_ options: CheckOptions) { self.options = options }

  /// The pasted token text.
  var token: String {
    get { options.tokenText ?? "" }
    set { options.tokenText = newValue }
  }

  /// The issuer to probe; nil means the token's `iss`.
  var issuer: String? {
    get { options.issuer }
    set { options.issuer = newValue }
  }

  /// A fixed clock (`--now`, the demo); nil means the wall clock.
  var now: Int64? { options.now }
}

extension CheckInput: CustomStringConvertible, CustomDebugStringConvertible {
  /// Never prints the token (test failures and crash messages included): only its length.
  var description: String {
    "CheckInput(token: <\(token.count) chars>, issuer: \(issuer ?? "nil"), wantClaims: \(options.wantClaims), now: \(now.map(String.init) ?? "nil"))"
  }
  var debugDescription: String { description }
}

/// What a check produced: the provider side as fetched, and every finding.
struct CheckOutcome: Equatable, Sendable {
  var snapshot: ProviderSnapshot?
  var findings: [Finding]
  /// The whole report (the JSON export is `check --format json`'s object).
  var report: CheckReport?

  init(snapshot: ProviderSnapshot?, findings: [Finding]) {
    self.snapshot = snapshot
    self.findings = findings
  }

  init(_ report: CheckReport) {
    self.init(snapshot: report.snapshot, findings: report.findings)
    self.report = report
  }
}

/// One fetch of a running check starting or finishing (for the per-fetch spinners).
struct FetchProgress: Equatable, Sendable {
  enum Phase: Equatable, Sendable {
    case started
    case finished(ok: Bool, seconds: Double)
  }

  var url: String
  var phase: Phase
}

/// Runs checks for the dashboard (off the UI thread). The live one calls FedCore's `Checker`,
/// exactly as `fedtui check` does; the demo and tests use offline ones. `progress` reports each
/// fetch as it starts and ends.
protocol CheckBackend: Sendable {
  func check(_ input: CheckInput, now: Int64, progress: @escaping @Sendable (FetchProgress) -> Void) async -> CheckOutcome
}

/// A `Fetcher` that reports every request to `progress` around the real one.
struct ProgressFetcher: Fetcher {
  var inner: any Fetcher
  var progress: @Sendable (FetchProgress) -> Void

  func fetch(_ request: FetchRequest) async -> Result<FetchResponse, FetchFailure> {
    progress(FetchProgress(url: request.url, phase: .started))
    let result = await inner.fetch(request)
    let seconds: Double
    switch result {
    case .success(let r): seconds = r.elapsed
    case .failure(let f): seconds = f.elapsed
    }
    progress(FetchProgress(url: request.url, phase: .finished(ok: (try? result.get())?.status == 200, seconds: seconds)))
    return result
  }
}

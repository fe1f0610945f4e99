import FedCore

/// The live check: `Checker.run` with libcurl (or the saved documents of `--discovery-file` /
/// `--jwks-file`), the same call as `fedtui check`. Cancelling the task aborts the transfers.
struct LiveBackend: CheckBackend {
  /// `--role-arn`: every check also reads the deployed role and provider (never the STS probe).
  var aws: AWSCheckRequest? = nil
  /// The AWS settings for a role set later with `:role ARN` (resolved when the check runs).
  var settings: (@Sendable () -> AWSSettings)? = nil

  func check(_ input: CheckInput, now: Int64, progress: @escaping @Sendable (FetchProgress) -> Void) async -> CheckOutcome {
    var options = input.options
    options.now = options.now ?? now
    let fetcher = ProgressFetcher(inner: CurlFetcher(), progress: progress)
    if let aws = request(input, timeout: options.timeout) {
      return CheckOutcome(await Checker.run(options, aws: aws, fetcher: fetcher, transport: CurlAWSTransport()))
    }
    return CheckOutcome(await Checker.run(options, fetcher: fetcher, policyFindings: Checker.policyChecks))
  }

  /// The AWS side of this check: `:role`'s ARN with the launch settings, else `--role-arn`'s.
  func request(_ input: CheckInput, timeout: Double) -> AWSCheckRequest? {
    guard let text = input.roleARN, case .success(let role) = RoleARN.parse(text) else { return aws }
    if var request = aws {
      request.role = role
      return request
    }
    let none = AWSSettings(credentials: .failure(CredentialProblem(reason: "no AWS settings", fix: "restart with --role-arn")))
    return AWSCheckRequest(role: role, settings: settings?() ?? none, timeout: timeout)
  }
}

/// Checks against a fixed provider snapshot: the demo (`r` re-runs the diagnosis, offline).
struct OfflineBackend: CheckBackend {
  var snapshot: ProviderSnapshot

  func check(_ input: CheckInput, now: Int64, progress: @escaping @Sendable (FetchProgress) -> Void) async -> CheckOutcome {
    let token = input.options.tokenText.map(TokenInput.init(raw:))
    return CheckOutcome(Checker.report(input.options, token: token, snapshot: snapshot, now: input.now ?? now))
  }
}

extension Model {
  /// The dashboard opened on FedCore's built-in demo (the 2021 GitLab report), already
  /// diagnosed: no network, and the first frame is complete.
  static func demo() -> Model {
    var m = Model()
    m.isDemo = true
    _ = App.loadToken(&m, DemoScenario.token)
    m.input = CheckInput(DemoScenario.options)
    m.jobs = []
    m.nextJobID = 1
    m.now = DemoScenario.now
    m.outcome = CheckOutcome(DemoScenario.report())
    m.rebuildRows()
    return m
  }

  /// The empty dashboard: asks for the issuer, then the token.
  static func empty() -> Model {
    var m = Model()
    m.prompt = Prompt(kind: .issuer(thenToken: true))
    return m
  }
}

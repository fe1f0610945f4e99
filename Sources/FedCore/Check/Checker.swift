#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The trust-policy hook: given the policy bytes, the decoded token, the issuer and the clock,
/// the `policy-*` findings. The policy area provides it (`PolicyLinter`/`PolicyEvaluator`).
public typealias PolicyFindingsHook = @Sendable (_ policy: CheckOptions.SavedDocument, _ token: JWT?, _ issuer: String?, _ now: Int64) -> [Finding]

/// The one orchestration the CLI (`fedtui check`) and the dashboard share: decode the token,
/// build the provider snapshot, diagnose, and (with a policy) add the policy findings.
public enum Checker {
  /// Runs a check. Never throws: every failure is a finding in the report.
  public static func run(
    _ options: CheckOptions, fetcher: any Fetcher, policyFindings: PolicyFindingsHook? = nil
  ) async -> CheckReport {
    let now = options.now ?? systemNow()
    let token = options.tokenText.map(TokenInput.init(raw:))
    let jwt = token.flatMap { try? TokenDecoder.decode($0).get() }
    let issuer = options.issuer ?? jwt?.iss
    let profile = KnownProviders.profile(forIssuer: jwt?.iss ?? issuer ?? "", claims: jwt?.claims)
    var snapshot: ProviderSnapshot?
    if let issuer, !issuer.isEmpty {
      snapshot = await SnapshotBuilder.build(issuer: issuer, kid: jwt?.kid, profile: profile, options: options, fetcher: fetcher)
    } else if options.isOffline {
      snapshot = await SnapshotBuilder.build(issuer: "", kid: jwt?.kid, profile: profile, options: options, fetcher: fetcher)
    }
    return report(options, token: token, snapshot: snapshot, now: now, policyFindings: policyFindings)
  }

  /// The report for documents already in hand (the demo, tests, a dashboard refresh): pure.
  public static func report(
    _ options: CheckOptions, token: TokenInput?, snapshot: ProviderSnapshot?, now: Int64,
    policyFindings: PolicyFindingsHook? = nil
  ) -> CheckReport {
    let input = DiagnosisInput(
      token: token, issuer: options.issuer, audiences: options.audiences, providerURL: options.providerURL,
      wantClaims: options.wantClaims, snapshot: snapshot)
    var findings = Diagnosis.diagnose(input, now: now)
    let jwt = token.flatMap { try? TokenDecoder.decode($0).get() }
    if let policy = options.policyDocument, let policyFindings {
      findings = (findings + policyFindings(policy, jwt, options.issuer ?? jwt?.iss, now)).sortedBySeverity()
    }
    return CheckReport(input: input, decoded: input.decoded, snapshot: snapshot, findings: findings, now: now)
  }

  /// The system clock in Unix seconds (the only clock read in FedCore; `--now` overrides it).
  public static func systemNow() -> Int64 { Int64(time(nil)) }
}

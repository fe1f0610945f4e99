#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The trust-policy hook: given the policy bytes, the decoded token, the issuer and the clock,
/// the `policy-*` findings. `Checker.policyChecks` (the `Policy/` linter and evaluator) is the default.
public typealias PolicyFindingsHook =
  @Sendable (_ policy: CheckOptions.SavedDocument, _ token: JWT?, _ issuer: String?, _ now: Int64) -> [Finding]

/// The one orchestration the CLI (`fedtui check`) and the dashboard share: decode the token,
/// build the provider snapshot, diagnose, and (with a policy) add the policy findings.
public enum Checker {
  /// Runs a check. Never throws: every failure is a finding in the report.
  public static func run(
    _ options: CheckOptions, fetcher: any Fetcher, policyFindings: PolicyFindingsHook? = Checker.policyChecks
  ) async -> CheckReport {
    if let report = runOffline(options, policyFindings: policyFindings) { return report }
    let now = options.now ?? systemNow()
    let token = options.tokenText.map(TokenInput.init(raw:))
    let jwt = token.flatMap { try? TokenDecoder.decode($0).get() }
    let issuer = options.issuer ?? jwt?.iss
    let profile = KnownProviders.profile(forIssuer: jwt?.iss ?? issuer ?? "", claims: jwt?.claims)
    let snapshot = await snapshot(issuer: issuer, profile: profile, options: options, fetcher: fetcher)
    return report(options, token: token, snapshot: snapshot, now: now, policyFindings: policyFindings)
  }

  /// The provider side: saved documents when any file is given (no network at all), else a
  /// `ProviderProbe` of the issuer with this profile's alternate key paths; nil without an issuer.
  static func snapshot(issuer: String?, profile: ProviderProfile, options: CheckOptions, fetcher: any Fetcher) async
    -> ProviderSnapshot?
  {
    if options.isOffline {
      return .offline(issuer: issuer ?? "", discovery: options.discoveryDocument, jwks: options.jwksDocument)
    }
    guard let issuer, !issuer.isEmpty else { return nil }
    let probe = ProviderProbe(
      fetcher: fetcher, options: .init(timeout: options.timeout, caFile: options.caFile, consent: options.probeConsent))
    return await probe.probe(issuer: issuer, alternateKeyPaths: alternateKeyPaths(profile))
  }

  /// Where to look for keys besides `jwks_uri`: the profile's paths, then the generic ones.
  public static func alternateKeyPaths(_ profile: ProviderProfile) -> [String] {
    var paths: [String] = []
    for path in profile.alternateKeyPaths + KnownProviders.generic.alternateKeyPaths where !paths.contains(path) {
      paths.append(path)
    }
    return paths
  }

  /// The report for documents already in hand (the demo, tests, a dashboard refresh): pure.
  public static func report(
    _ options: CheckOptions, token: TokenInput?, snapshot: ProviderSnapshot?, now: Int64,
    policyFindings: PolicyFindingsHook? = Checker.policyChecks
  ) -> CheckReport {
    let input = DiagnosisInput(
      token: token, issuer: options.issuer, audiences: options.audiences, providerURL: options.providerURL,
      wantClaims: options.wantClaims, snapshot: snapshot, roleARN: options.roleARN)
    var findings = Diagnosis.diagnose(input, now: now)
    let jwt = token.flatMap { try? TokenDecoder.decode($0).get() }
    if let policy = options.policyDocument, let policyFindings {
      findings = (findings + policyFindings(policy, jwt, jwt?.iss ?? options.issuer, now)).sortedBySeverity()
    }
    var report = CheckReport(input: input, decoded: input.decoded, snapshot: snapshot, findings: findings, now: now)
    report.assumptions = VerdictAssumptions.list(input, trustPolicyKnown: options.policyDocument != nil)
    return report
  }

  /// `PolicyChecks` (lint + evaluation against the token) or, without a token, `PolicyLinter` alone.
  public static let policyChecks: PolicyFindingsHook = { document, jwt, issuer, _ in
    let text = String(decoding: document.bytes, as: UTF8.self)
    let profile = KnownProviders.profile(forIssuer: issuer ?? jwt?.iss ?? "", claims: jwt?.claims)
    if let jwt { return PolicyChecks.findings(policyText: text, token: jwt, issuer: issuer, profile: profile) }
    return PolicyLinter.lint(text: text, context: PolicyLintContext(issuer: issuer, profile: profile))
  }

  /// The system clock in Unix seconds (the only clock read in FedCore; `--now` overrides it).
  public static func systemNow() -> Int64 { Int64(time(nil)) }
}

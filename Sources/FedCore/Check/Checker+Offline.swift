/// The offline check, synchronous: with saved documents (`--discovery-file`, `--jwks-file`) a check
/// reads no network, so the CLI answers it without starting the concurrency runtime (its worker
/// threads cost about a millisecond of start-up, more on a loaded machine).
extension Checker {
  /// The report `run` gives for offline options, or nil when the options need the network.
  public static func runOffline(_ options: CheckOptions, policyFindings: PolicyFindingsHook? = Checker.policyChecks)
    -> CheckReport?
  {
    guard options.isOffline else { return nil }
    let now = options.now ?? systemNow()
    let token = options.tokenText.map(TokenInput.init(raw:))
    let jwt = token.flatMap { try? TokenDecoder.decode($0).get() }
    let issuer = options.issuer ?? jwt?.iss
    let snapshot = ProviderSnapshot.offline(
      issuer: issuer ?? "", discovery: options.discoveryDocument, jwks: options.jwksDocument)
    return report(options, token: token, snapshot: snapshot, now: now, policyFindings: policyFindings)
  }
}

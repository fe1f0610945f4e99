/// `check --role-arn`: the token check run on the deployed role and provider, read from IAM
/// concurrently with the provider probe, and (with `--sts-probe`) STS's real answer beside it.
extension Checker {
  /// Runs the check against the account. Never throws: every failure is a finding.
  public static func run(
    _ options: CheckOptions, aws: AWSCheckRequest, fetcher: any Fetcher, transport: any AWSTransport,
    policyFindings: PolicyFindingsHook? = Checker.policyChecks
  ) async -> CheckReport {
    let now = options.now ?? systemNow()
    let token = options.tokenText.map(TokenInput.init(raw:))
    let jwt = token.flatMap { try? TokenDecoder.decode($0).get() }
    let issuer = options.issuer ?? jwt?.iss
    let profile = KnownProviders.profile(forIssuer: jwt?.iss ?? issuer ?? "", claims: jwt?.claims)
    async let read = AWSReader(request: aws, transport: transport).read(issuer: issuer)
    async let probed = snapshot(issuer: issuer, profile: profile, options: options, fetcher: fetcher)
    async let sts = probe(aws, token: token, transport: transport)
    var facts = await read
    let (deployed, sources) = deployedOptions(options, facts: facts)
    facts.sources = sources
    let snapshot = await probed
    var report = report(deployed, token: token, snapshot: snapshot, now: now, policyFindings: policyFindings)
    var findings = report.findings + AWSRules.findings(facts, request: aws, issuer: issuer, snapshot: snapshot)
    if let answer = await sts {
      facts.sts = answer
      findings += STSComparison.findings(predicted: findings, probe: answer)
    }
    report.findings = findings.sortedBySeverity()
    report.aws = facts
    return report
  }

  static func probe(_ aws: AWSCheckRequest, token: TokenInput?, transport: any AWSTransport) async -> STSProbeResult? {
    guard aws.stsProbe, let token, !token.compact.isEmpty else { return nil }
    return await STSProbe(request: aws, transport: transport).call(token: token.compact)
  }

  /// The options with the deployed values in place of `--audience`, `--provider-url` and
  /// `--policy-file` where those flags were not given, and where each input came from.
  public static func deployedOptions(_ options: CheckOptions, facts: AWSFacts) -> (CheckOptions, [(String, InputSource)]) {
    var deployed = options
    func source(flag: Bool, iam: Bool) -> InputSource { flag ? .flag : iam ? .iam : .none }
    let audiences = source(flag: !options.audiences.isEmpty, iam: facts.provider != nil)
    let provider = source(flag: options.providerURL != nil, iam: facts.provider != nil)
    let policy = source(flag: options.policyDocument != nil, iam: facts.deployedRole != nil)
    if audiences == .iam, let p = facts.provider { deployed.audiences = p.clientIDs }
    if provider == .iam, let p = facts.provider { deployed.providerURL = p.arn }
    if policy == .iam, let role = facts.deployedRole {
      deployed.policyDocument = CheckOptions.SavedDocument(path: "iam:GetRole \(role.arn)", bytes: Array(role.trustPolicy.utf8))
    }
    return (deployed, [("audiences", audiences), ("providerURL", provider), ("trustPolicy", policy)])
  }
}

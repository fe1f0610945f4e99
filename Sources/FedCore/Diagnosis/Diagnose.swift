/// The diagnosis engine: every rule of `spec/findings.md` (except the `policy-*` family, which
/// `Policy/` owns) runs on the same input; nothing stops at the first failure.
public enum Diagnosis {
  /// One rule family: reads the context, returns its findings.
  typealias Rule = @Sendable (DiagnosisContext) -> [Finding]

  /// The families, in catalog order.
  static let rules: [Rule] = [
    TokenShapeRules.findings, TimeRules.findings, SubjectRules.findings, IssuerRules.findings, AddressRules.findings,
    DiscoveryRules.findings, KeySetRules.findings, KeyBoundRules.findings, KidRules.findings, SignatureRules.findings,
    AudienceRules.findings, AudienceDefaultRules.findings, ClaimConditionRules.findings, SessionTagRules.findings,
    RolePinningRules.findings, TokenKindRules.findings, GitLabClaimRules.findings,
  ]

  /// Every finding for this input at Unix time `now`, errors first. Pure and deterministic.
  public static func diagnose(_ input: DiagnosisInput, now: Int64) -> [Finding] {
    let context = DiagnosisContext(input, now: now)
    return rules.flatMap { $0(context) }.map { FixCommands.attach($0, context) }.sortedBySeverity()
  }
}

/// `Diagnosis.diagnose(input, now:)` (ARCHITECTURE principle 1).
public func diagnose(_ input: DiagnosisInput, now: Int64) -> [Finding] {
  Diagnosis.diagnose(input, now: now)
}

/// The AWS block of `check`'s text report: the role and provider as deployed, where each input
/// came from, and STS's answer. Values from AWS go through `TextSafety.escaped`.
public enum AWSReportText {
  public static func lines(_ facts: AWSFacts) -> [CheckReportText.Line] {
    let e = TextSafety.escaped
    var out = [
      CheckReportText.Line(""),
      CheckReportText.Line("AWS (account \(facts.role.account), \(facts.role.partition.rawValue), \(facts.region))", .heading),
    ]
    func add(_ label: String, _ value: String) { out.append(CheckReportText.Line("  \(label): \(value)")) }
    if let role = facts.deployedRole {
      add("role", "\(e(role.arn)), MaxSessionDuration \(role.maxSessionDuration) s")
    } else {
      add("role", facts.roleMissing ? "\(facts.role) does not exist" : "\(facts.role) (not read)")
    }
    if let provider = facts.provider {
      add("provider", e(provider.arn))
      add("client IDs", provider.clientIDs.isEmpty ? "none" : provider.clientIDs.map(e).joined(separator: ", "))
      add("thumbprints", provider.thumbprints.isEmpty ? "none" : provider.thumbprints.map(e).joined(separator: ", "))
    } else if let arn = facts.providerARN {
      add("provider", facts.providerMissing ? "\(e(arn)) is not registered" : "\(e(arn)) (not read)")
    }
    if !facts.sources.isEmpty {
      add("inputs from", facts.sources.map { "\($0.0) \($0.1.rawValue)" }.joined(separator: ", "))
    }
    if let sts = facts.sts { out += stsLines(sts) }
    return out
  }

  static func stsLines(_ probe: STSProbeResult) -> [CheckReportText.Line] {
    let e = TextSafety.escaped
    var out = [CheckReportText.Line("  STS (\(e(probe.endpoint))):")]
    switch probe.answer {
    case .success(.success(let s)):
      out.append(CheckReportText.Line("    success: \(e(s.assumedRoleArn ?? "?")) (credentials discarded)"))
      out.append(
        CheckReportText.Line("    subject \(e(s.subject ?? "?")), audience \(e(s.audience ?? "?")), expires \(e(s.expiration ?? "?"))"))
      if let provider = s.provider { out.append(CheckReportText.Line("    provider \(e(provider))")) }
    case .success(.error(let error)):
      out.append(CheckReportText.Line("    \(e(error.code)): \(e(error.message))"))
    case .failure(let failure):
      out.append(CheckReportText.Line("    not answered: \(e(failure.description))"))
    }
    return out
  }
}

import FedCore

/// The AWS rows of the Provider pane (`--role-arn`): the role and the provider as deployed,
/// where each input came from, failed reads, and STS's answer. Absent without a role.
enum AWSSection {
  static func rows(_ m: Model) -> [InfoRow] {
    guard let facts = m.outcome?.report?.aws else { return [] }
    var rows: [InfoRow] = [.section("AWS account \(facts.role.account) (\(facts.role.partition.rawValue), \(facts.region))")]
    if let role = facts.deployedRole {
      rows.append(.item("role", role.arn, style: .ok))
      rows.append(.item("MaxSessionDuration", "\(role.maxSessionDuration) s"))
    } else {
      rows.append(.item("role", facts.role.description + (facts.roleMissing ? " does not exist" : " (not read)"), style: .error))
    }
    rows += providerRows(facts)
    if !facts.sources.isEmpty {
      rows.append(.item("inputs from", facts.sources.map { "\($0.0) \($0.1.rawValue)" }.joined(separator: ", ")))
    }
    if facts.deployedRole != nil {
      let policy = (m.outcome?.findings ?? []).filter { $0.id.rawValue.hasPrefix("policy-") }
      rows.append(.note("Deployed trust policy: \(policy.count) policy-* finding(s) in the Findings pane."))
    }
    for failure in facts.readFailures { rows.append(.item("read failed", failure.reason, style: .error)) }
    rows += stsRows(facts.sts)
    return rows
  }

  static func providerRows(_ facts: AWSFacts) -> [InfoRow] {
    guard let provider = facts.provider else {
      guard let arn = facts.providerARN else { return [] }
      var rows: [InfoRow] = [.item("provider", arn + (facts.providerMissing ? " is not registered" : " (not read)"), style: .error)]
      for registered in facts.registeredProviders { rows.append(.item("registered", registered)) }
      return rows
    }
    return [
      .item("provider", provider.arn, style: .ok),
      .item("client IDs", provider.clientIDs.isEmpty ? "none" : provider.clientIDs.joined(separator: ", ")),
      .item("thumbprints", provider.thumbprints.isEmpty ? "none" : provider.thumbprints.joined(separator: ", ")),
    ]
  }

  static func stsRows(_ probe: STSProbeResult?) -> [InfoRow] {
    guard let probe else { return [.note("STS probe: fedtui check --role-arn ARN --sts-probe (a real call AWS logs).")] }
    switch probe.answer {
    case .success(.success(let s)):
      return [
        .item("STS", "success: \(s.assumedRoleArn ?? "?") (credentials discarded)", style: .ok),
        .item("STS subject", s.subject ?? "?"), .item("STS expires", s.expiration ?? "?"),
      ]
    case .success(.error(let error)): return [.item("STS", "\(error.code): \(error.message)", style: .error)]
    case .failure(let failure): return [.item("STS", "not answered: \(failure)", style: .warning)]
    }
  }
}

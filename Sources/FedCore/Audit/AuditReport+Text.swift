/// `--format text`: one row per provider and role (account, ARN, worst severity, finding ids), then notes.
extension AuditReport {
  public func text() -> String {
    var rows: [[String]] = [["ACCOUNT", "KIND", "ROLE OR PROVIDER", "WORST", "FINDINGS"] + (tokenEvaluated ? ["TOKEN"] : [])]
    for a in accounts {
      for p in a.providers { rows.append(row(a.account, "provider", p.arn, p.findings, tokenEvaluated ? "-" : nil)) }
      for r in a.roles {
        let token = r.acceptsToken.map { $0 ? "accepts" : "rejects" } ?? "-"
        rows.append(row(a.account, "role", r.arn, r.findings, tokenEvaluated ? token : nil))
      }
    }
    let widths = (0..<rows[0].count).map { i in rows.map { $0[i].count }.max() ?? 0 }
    var lines = rows.map { r in
      r.enumerated().map { i, cell in i == r.count - 1 ? cell : cell.auditPadded(to: widths[i]) }.joined(separator: "  ")
    }
    for a in accounts where !a.providersKnown {
      lines.append(
        "note: \(a.account): no providers file, so provider details are unknown and provider existence is not checked "
          + "(account-role-provider-missing and account-provider-unused need it)")
    }
    if tokenEvaluated { lines.append("note: " + Self.tokenNote) }
    let all = findings
    lines.append("\(all.count(.error)) error, \(all.count(.warning)) warning, \(all.count(.info)) info")
    return lines.joined(separator: "\n") + "\n"
  }

  func row(_ account: String, _ kind: String, _ arn: String, _ findings: [Finding], _ token: String?) -> [String] {
    let ids = Auditor.unique(findings.sortedBySeverity().map(\.id.rawValue))
    return [
      TextSafety.escaped(account), kind, TextSafety.escaped(arn), findings.worstSeverity?.rawValue ?? "ok",
      ids.isEmpty ? "-" : ids.joined(separator: ","),
    ] + (token.map { [$0] } ?? [])
  }
}

extension String {
  func auditPadded(to width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}

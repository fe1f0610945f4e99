import FedCore

/// The exported report: Markdown or JSON. Never contains the token itself: the header and
/// claims, and only the first and last four characters of the signature. Text from the token
/// or the network is escaped (Markdown) or JSON-escaped, so `cat report.md` cannot drive a terminal.
enum Report {
  static func redactedSignature(_ jwt: JWT?) -> String {
    guard let sig = jwt?.encodedSignature, sig.count > 12 else { return "(redacted)" }
    return String(sig.prefix(4)) + "…" + String(sig.suffix(4))
  }

  static func verdict(_ m: Model) -> Verdict { Verdict(m.rows.findings) }

  /// `fedtui check --format json`'s object when a check ran (it never carries the token or its
  /// signature), else a small object of what is known.
  static func json(_ m: Model) -> String {
    if let report = m.outcome?.report { return report.jsonText(pretty: true) + "\n" }
    var root: [JSONMember] = [
      JSONMember("verdict", .string(m.outcome == nil ? "unknown" : verdict(m).rawValue)),
      JSONMember("issuer", m.issuer.map { .string($0) } ?? .null),
    ]
    var token: [JSONMember] = []
    if let jwt = m.jwt {
      token = [
        JSONMember("header", jwt.header), JSONMember("claims", jwt.claims), JSONMember("signature", .string(redactedSignature(jwt))),
      ]
    } else if let e = m.decodeError {
      token = [JSONMember("error", .string(e.message))]
    }
    root.append(JSONMember("token", .object(token)))
    root.append(JSONMember("findings", .array(m.rows.findings.map(findingJSON))))
    return JSONWriter.string(.object(root), pretty: true) + "\n"
  }

  static func findingJSON(_ f: Finding) -> JSONValue {
    .object([
      JSONMember("id", .string(f.id.rawValue)),
      JSONMember("severity", .string(f.severity.rawValue)),
      JSONMember("title", .string(f.title)),
      JSONMember("evidence", .object(f.evidence.map { JSONMember($0.label, .string($0.value)) })),
      JSONMember("awsError", f.awsError.map { .string($0) } ?? .null),
      JSONMember("fix", f.fix.map { .string($0) } ?? .null),
    ])
  }

  static func markdown(_ m: Model) -> String {
    let findings = m.rows.findings
    var out = "# FedTUI report\n\n"
    out += "**" + VerdictLine.text(m) + "**\n\n"
    out += "- Issuer: `\(TextSafety.escaped(m.issuer ?? "(none)"))`\n"
    if let jwt = m.jwt {
      out += "- Signature: `\(redactedSignature(jwt))` (redacted)\n\n## Token header\n\n```json\n"
      out += JSONWriter.string(jwt.header, pretty: true) + "\n```\n\n## Claims\n\n```json\n"
      out += JSONWriter.string(jwt.claims, pretty: true) + "\n```\n\n"
    } else if let e = m.decodeError {
      out += "- Token: does not decode: \(TextSafety.escaped(e.message))\n\n"
    }
    out += "## Findings\n\n"
    if findings.isEmpty { out += "None.\n" }
    for f in findings {
      out += "### `\(f.id.rawValue)` (\(f.severity.rawValue))\n\n\(TextSafety.escaped(f.title))\n\n"
      for e in f.evidence { out += "- \(TextSafety.escaped(e.label)): `\(TextSafety.escaped(e.value))`\n" }
      if let aws = f.awsError { out += "\nAWS error: `\(aws)`\n" }
      if let fix = f.fix { out += "\nFix: \(TextSafety.escaped(fix))\n" }
      out += "\n"
    }
    return out
  }
}

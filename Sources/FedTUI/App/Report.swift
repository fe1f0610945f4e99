import FedCore

/// The exported report: Markdown or JSON. Never contains the token itself: the header and
/// claims, and only the first and last four characters of the signature. Text from the token
/// or the network is escaped (Markdown) or JSON-escaped, so `cat report.md` cannot drive a terminal.
enum Report {
  static func redactedSignature(_ jwt: JWT?) -> String { MarkdownReport.redactedSignature(jwt) }

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
    MarkdownReport.render(
      verdict: VerdictLine.text(m), issuer: m.issuer, jwt: m.jwt, decodeError: m.decodeError, findings: m.rows.findings)
  }
}

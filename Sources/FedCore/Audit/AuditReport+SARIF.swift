/// `--format sarif`: SARIF 2.1.0 (OASIS), one run; `tool.driver.rules` from the audit catalog,
/// `ruleId` the finding id, the role or provider ARN a logical location.
extension AuditReport {
  static let sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json"

  public func sarif() -> JSONValue {
    var ids = AuditCatalog.rules.map(\.id)
    for f in findings where !ids.contains(f.id) { ids.append(f.id) }
    let rules: [JSONValue] = ids.map { id in
      .object([
        JSONMember("id", .string(id.rawValue)), JSONMember("name", .string(id.rawValue)),
        JSONMember("shortDescription", .object([JSONMember("text", .string(AuditCatalog.title(id)))])),
      ])
    }
    var results: [JSONValue] = []
    for a in accounts {
      for p in a.providers { results += p.findings.map { Self.sarifResult($0, arn: p.arn, kind: "resource", ids: ids) } }
      for r in a.roles { results += r.findings.map { Self.sarifResult($0, arn: r.arn, kind: "resource", ids: ids) } }
    }
    let driver: JSONValue = .object([
      JSONMember("name", .string("fedtui")), JSONMember("version", .string(FedTUIVersion.current)),
      JSONMember("rules", .array(rules)),
    ])
    return .object([
      JSONMember("$schema", .string(Self.sarifSchema)), JSONMember("version", .string("2.1.0")),
      JSONMember(
        "runs", .array([.object([JSONMember("tool", .object([JSONMember("driver", driver)])), JSONMember("results", .array(results))])])),
    ])
  }

  public func sarifText() -> String { JSONWriter.string(sarif(), pretty: true) + "\n" }

  static func sarifLevel(_ s: Severity) -> String {
    switch s {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }

  static func sarifResult(_ f: Finding, arn: String, kind: String, ids: [RuleID]) -> JSONValue {
    var text = f.title
    if !f.evidence.isEmpty { text += " (" + f.evidence.map { "\($0.label): \($0.value)" }.joined(separator: "; ") + ")" }
    if let fix = f.fix { text += ". Fix: " + fix }
    return .object([
      JSONMember("ruleId", .string(f.id.rawValue)),
      JSONMember("ruleIndex", .integer(Int64(ids.firstIndex(of: f.id) ?? 0))),
      JSONMember("level", .string(sarifLevel(f.severity))),
      JSONMember("message", .object([JSONMember("text", .string(text))])),
      JSONMember(
        "locations",
        .array([
          .object([
            JSONMember(
              "logicalLocations",
              .array([.object([JSONMember("fullyQualifiedName", .string(arn)), JSONMember("kind", .string(kind))])]))
          ])
        ])),
    ])
  }
}

/// `--format json`: `{"accounts":[{"account","providers":[{"arn","url","clientIDs","thumbprints",
/// "findings"}],"roles":[{"arn","provider","findings","acceptsToken"}]}],"counts":{…}}`, findings in
/// `check`'s shape (the same encoder). Keys may be added, never renamed.
extension AuditReport {
  public func json() -> JSONValue {
    var members = [
      JSONMember("accounts", .array(accounts.map(Self.accountJSON))),
      JSONMember(
        "counts", .object(Severity.allCases.map { JSONMember($0.rawValue, .integer(Int64(findings.count($0)))) })),
    ]
    if tokenEvaluated { members.append(JSONMember("tokenNote", .string(Self.tokenNote))) }
    return .object(members)
  }

  public func jsonText(pretty: Bool = true) -> String { JSONWriter.string(json(), pretty: pretty) + "\n" }

  static func accountJSON(_ a: AccountAudit) -> JSONValue {
    .object([
      JSONMember("account", .string(a.account)), JSONMember("source", .string(a.source)),
      JSONMember("providersKnown", .bool(a.providersKnown)),
      JSONMember("providers", .array(a.providers.map(providerJSON))), JSONMember("roles", .array(a.roles.map(roleJSON))),
    ])
  }

  static func strings(_ list: [String]?) -> JSONValue { list.map { .array($0.map(JSONValue.string)) } ?? .null }

  static func providerJSON(_ p: AuditedProvider) -> JSONValue {
    .object([
      JSONMember("arn", .string(p.arn)), JSONMember("url", p.url.map(JSONValue.string) ?? .null),
      JSONMember("clientIDs", strings(p.clientIDs)), JSONMember("thumbprints", strings(p.thumbprints)),
      JSONMember("registered", p.registered.map(JSONValue.bool) ?? .null),
      JSONMember("findings", .array(p.findings.map(CheckReport.findingJSON))),
    ])
  }

  static func roleJSON(_ r: AuditedRole) -> JSONValue {
    var members = [
      JSONMember("arn", .string(r.arn)), JSONMember("provider", r.provider.map(JSONValue.string) ?? .null),
      JSONMember("findings", .array(r.findings.map(CheckReport.findingJSON))),
      JSONMember("acceptsToken", r.acceptsToken.map(JSONValue.bool) ?? .null),
    ]
    if let d = r.decision { members.append(JSONMember("trace", traceJSON(d))) }
    return .object(members)
  }

  /// The evaluation trace: every statement and condition with the token's value.
  static func traceJSON(_ d: PolicyDecision) -> JSONValue {
    .object([
      JSONMember("decision", .string(d.allowed ? "allow" : "deny")), JSONMember("reason", .string(d.reason)),
      JSONMember(
        "statements",
        .array(
          d.statements.map { s in
            .object([
              JSONMember("number", .integer(Int64(s.number))), JSONMember("effect", .string(s.effect.rawValue)),
              JSONMember("principalMatched", .bool(s.principalMatched)),
              JSONMember("matchedActions", .array(s.matchedActions.map(JSONValue.string))),
              JSONMember(
                "conditions",
                .array(
                  s.conditions.map { c in
                    .object([
                      JSONMember("operator", .string(c.condition.op.description)), JSONMember("key", .string(c.condition.key)),
                      JSONMember("expected", .array(c.condition.values.map(JSONValue.string))),
                      JSONMember("actual", c.actual.map { .array($0.map(JSONValue.string)) } ?? .null),
                      JSONMember("passed", .bool(c.passed)),
                    ])
                  })),
            ])
          })),
    ])
  }
}

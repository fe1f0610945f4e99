/// Writes a `PolicyDocument` back as IAM policy JSON in a stable order
/// (Version, Statement; Sid, Effect, Principal, Action, Condition), single values as strings.
public enum PolicyRenderer {
  /// The document as a `JSONValue` (for `JSONWriter` and the exporters).
  public static func json(_ document: PolicyDocument) -> JSONValue {
    var members: [JSONMember] = []
    if let version = document.version { members.append(JSONMember("Version", .string(version))) }
    members.append(JSONMember("Statement", .array(document.statements.map(statement))))
    return .object(members)
  }

  /// Pretty-printed policy JSON with a trailing newline.
  public static func text(_ document: PolicyDocument) -> String {
    JSONWriter.string(json(document), pretty: true) + "\n"
  }

  static func statement(_ s: PolicyStatement) -> JSONValue {
    var members: [JSONMember] = []
    if let sid = s.sid { members.append(JSONMember("Sid", .string(sid))) }
    members.append(JSONMember("Effect", .string(s.effect.rawValue)))
    members.append(JSONMember("Principal", principal(s.principal)))
    members.append(JSONMember(s.actionIsNegated ? "NotAction" : "Action", list(s.actions)))
    if !s.conditions.isEmpty { members.append(JSONMember("Condition", conditions(s.conditions))) }
    return .object(members)
  }

  static func principal(_ p: PolicyPrincipal) -> JSONValue {
    if p.isWildcard && p.federated.isEmpty && p.other.isEmpty { return "*" }
    var members: [JSONMember] = []
    if !p.federated.isEmpty { members.append(JSONMember("Federated", list(p.federated))) }
    for type in p.other.keys.sorted() { members.append(JSONMember(type, list(p.other[type]!))) }
    return .object(members)
  }

  /// Groups entries by operator, operators in order of first appearance.
  static func conditions(_ entries: [PolicyCondition]) -> JSONValue {
    var order: [ConditionOperator] = []
    var byOperator: [ConditionOperator: [JSONMember]] = [:]
    for entry in entries {
      if byOperator[entry.op] == nil { order.append(entry.op) }
      byOperator[entry.op, default: []].append(JSONMember(entry.key, list(entry.values)))
    }
    return .object(order.map { JSONMember($0.description, .object(byOperator[$0]!)) })
  }

  static func list(_ values: [String]) -> JSONValue {
    values.count == 1 ? .string(values[0]) : .array(values.map { .string($0) })
  }
}

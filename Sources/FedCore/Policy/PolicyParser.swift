/// Why a text is not an IAM trust policy: one sentence naming the element at fault (`policy-invalid`).
public struct PolicyParseError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// Parses a trust policy from JSON with FedCore's ordered parser. Accepts IAM's shorthands:
/// `Statement` as an object or an array, and single strings wherever a list is allowed.
public enum PolicyParser {
  /// Parses `text`, or says what is wrong with it.
  public static func parse(_ text: String) -> Result<PolicyDocument, PolicyParseError> {
    let root: JSONValue
    do {
      root = try JSONParser.parse(text)
    } catch {
      return .failure(PolicyParseError("the policy is not valid JSON: \(error.description)"))
    }
    do {
      var document = try document(root)
      document.nonWhitespaceLength = PatternMatch.nonWhitespaceCount(text)
      return .success(document)
    } catch {
      return .failure(error)
    }
  }

  static func document(_ root: JSONValue) throws(PolicyParseError) -> PolicyDocument {
    guard let members = root.objectMembers else {
      throw PolicyParseError("the policy is a JSON \(root.typeName), not an object with Version and Statement")
    }
    var version: String?
    if let v = root["Version"] {
      guard let s = v.stringValue, s == "2012-10-17" || s == "2008-10-17" else {
        throw PolicyParseError("Version must be \"2012-10-17\" (found \(JSONWriter.string(v)))")
      }
      version = s
    }
    for member in members where !["Version", "Statement", "Id"].contains(member.name) {
      throw PolicyParseError("unknown top-level element \"\(member.name)\" (expected Version, Id and Statement)")
    }
    let list: [JSONValue]
    switch root["Statement"] {
    case .object?: list = [root["Statement"]!]
    case .array(let a)?: list = a
    case nil: throw PolicyParseError("the policy has no Statement")
    case let other?: throw PolicyParseError("Statement is a \(other.typeName), not an object or an array of objects")
    }
    if list.isEmpty { throw PolicyParseError("Statement is an empty array") }
    var statements: [PolicyStatement] = []
    for (i, value) in list.enumerated() {
      statements.append(try statement(value, number: i + 1))
    }
    return PolicyDocument(version: version, statements: statements)
  }

  static func statement(_ value: JSONValue, number: Int) throws(PolicyParseError) -> PolicyStatement {
    guard value.objectMembers != nil else { throw PolicyParseError("statement \(number) is a \(value.typeName), not an object") }
    let name = value["Sid"]?.stringValue.map { "statement \(number) (\"\($0)\")" } ?? "statement \(number)"
    guard let effectText = value["Effect"]?.stringValue, let effect = PolicyEffect(rawValue: effectText) else {
      throw PolicyParseError("\(name) needs \"Effect\": \"Allow\" or \"Deny\"")
    }
    if value["NotPrincipal"] != nil { throw PolicyParseError("\(name) uses NotPrincipal, which role trust policies do not support") }
    if value["Resource"] != nil || value["NotResource"] != nil {
      throw PolicyParseError("\(name) has a Resource element, which role trust policies do not allow")
    }
    guard let principalValue = value["Principal"] else { throw PolicyParseError("\(name) has no Principal") }
    let principal = try principal(principalValue, in: name)
    let negated = value["NotAction"] != nil
    if negated && value["Action"] != nil { throw PolicyParseError("\(name) has both Action and NotAction") }
    guard let actionValue = value[negated ? "NotAction" : "Action"] else { throw PolicyParseError("\(name) has no Action") }
    let actions = try strings(actionValue, what: "\(name) \(negated ? "NotAction" : "Action")")
    var conditions: [PolicyCondition] = []
    if let conditionValue = value["Condition"] { conditions = try condition(conditionValue, in: name) }
    return PolicyStatement(
      sid: value["Sid"]?.stringValue, effect: effect, principal: principal, actions: actions, actionIsNegated: negated,
      conditions: conditions)
  }

  static func principal(_ value: JSONValue, in name: String) throws(PolicyParseError) -> PolicyPrincipal {
    if value.stringValue == "*" { return PolicyPrincipal(isWildcard: true) }
    guard let members = value.objectMembers else {
      throw PolicyParseError("\(name) Principal must be \"*\" or an object such as {\"Federated\": \"arn:…\"}")
    }
    var principal = PolicyPrincipal()
    for member in members {
      let values = try strings(member.value, what: "\(name) Principal.\(member.name)")
      if member.name == "Federated" {
        principal.federated += values
      } else {
        principal.other[member.name, default: []] += values
        if values.contains("*") && member.name == "AWS" { principal.isWildcard = true }
      }
    }
    return principal
  }

  static func condition(_ value: JSONValue, in name: String) throws(PolicyParseError) -> [PolicyCondition] {
    guard let blocks = value.objectMembers else { throw PolicyParseError("\(name) Condition is a \(value.typeName), not an object") }
    var out: [PolicyCondition] = []
    for block in blocks {
      guard let op = ConditionOperator(name: block.name) else {
        throw PolicyParseError("\(name) uses the unknown condition operator \"\(block.name)\"")
      }
      guard let keys = block.value.objectMembers else {
        throw PolicyParseError("\(name) Condition \(block.name) is a \(block.value.typeName), not an object of keys")
      }
      for key in keys {
        let values = try scalars(key.value, what: "\(name) Condition \(block.name) \"\(key.name)\"")
        out.append(PolicyCondition(op, key.name, values))
      }
    }
    return out
  }

  /// A string or a non-empty array of strings.
  static func strings(_ value: JSONValue, what: String) throws(PolicyParseError) -> [String] {
    if let s = value.stringValue { return [s] }
    guard let array = value.arrayValue, !array.isEmpty else {
      throw PolicyParseError("\(what) must be a string or a non-empty array of strings (found \(value.typeName))")
    }
    var out: [String] = []
    for element in array {
      guard let s = element.stringValue else { throw PolicyParseError("\(what) contains a \(element.typeName), not a string") }
      out.append(s)
    }
    return out
  }

  /// Condition values: strings, booleans or numbers, alone or in a non-empty array.
  static func scalars(_ value: JSONValue, what: String) throws(PolicyParseError) -> [String] {
    let list = value.arrayValue ?? [value]
    if list.isEmpty { throw PolicyParseError("\(what) has an empty list of values") }
    var out: [String] = []
    for element in list {
      switch element {
      case .string(let s): out.append(s)
      case .bool, .integer, .float: out.append(JSONWriter.string(element))
      default: throw PolicyParseError("\(what) contains a \(element.typeName), not a string, number or boolean")
      }
    }
    return out
  }
}

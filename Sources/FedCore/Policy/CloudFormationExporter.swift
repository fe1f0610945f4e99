/// A CloudFormation YAML template: `AWS::IAM::OIDCProvider` and `AWS::IAM::Role`, the principal a
/// `!Ref` to the provider (which returns its ARN). Scalars are double-quoted with JSON escapes,
/// which YAML reads the same way.
enum CloudFormationExporter {
  static func template(_ spec: TrustPolicySpec) -> String {
    let policy = PolicyRenderer.json(PolicyGenerator.document(for: spec))
    var provider: [JSONMember] = [JSONMember("Url", .string(spec.issuer)), JSONMember("ClientIdList", .array(spec.audiences.map { .string($0) }))]
    if !spec.thumbprints.isEmpty { provider.append(JSONMember("ThumbprintList", .array(spec.thumbprints.map { .string($0) }))) }
    var lines = [
      "AWSTemplateFormatVersion: \"2010-09-09\"",
      "Description: \(quoted("FedTUI: " + PolicyExporter.summary(spec)))",
      "Resources:",
      "  OIDCProvider:",
      "    Type: \"AWS::IAM::OIDCProvider\"",
      "    Properties:",
    ]
    lines += yaml(.object(provider), indent: 3, raw: [:])
    lines += [
      "  Role:",
      "    Type: \"AWS::IAM::Role\"",
      "    Properties:",
      "      RoleName: \(quoted(spec.roleName))",
      "      MaxSessionDuration: \(spec.maxSessionDuration)",
      "      AssumeRolePolicyDocument:",
    ]
    lines += yaml(policy, indent: 4, raw: [spec.providerARN: "!Ref OIDCProvider"])
    lines += ["Outputs:", "  RoleArn:", "    Value: !GetAtt Role.Arn", "  ProviderArn:", "    Value: !Ref OIDCProvider"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// Block-style YAML lines for a value at an indent level (two spaces per level).
  static func yaml(_ value: JSONValue, indent: Int, raw: [String: String]) -> [String] {
    let pad = String(repeating: "  ", count: indent)
    switch value {
    case .object(let members):
      return members.flatMap { member -> [String] in
        if let scalar = inline(member.value, raw: raw) { return ["\(pad)\(key(member.name)): \(scalar)"] }
        return ["\(pad)\(key(member.name)):"] + yaml(member.value, indent: indent + 1, raw: raw)
      }
    case .array(let elements):
      return elements.flatMap { element -> [String] in
        if let scalar = inline(element, raw: raw) { return ["\(pad)- \(scalar)"] }
        var nested = yaml(element, indent: indent + 1, raw: raw)
        nested[0] = pad + "- " + nested[0].dropFirst(pad.count + 2)
        return nested
      }
    default:
      return [pad + (inline(value, raw: raw) ?? "null")]
    }
  }

  /// A scalar (or empty collection) on one line, nil for a nested collection.
  static func inline(_ value: JSONValue, raw: [String: String]) -> String? {
    switch value {
    case .string(let s): return raw[s] ?? quoted(s)
    case .array(let a) where a.isEmpty: return "[]"
    case .object(let o) where o.isEmpty: return "{}"
    case .array, .object: return nil
    default: return JSONWriter.string(value)
    }
  }

  /// Plain for simple names (`Version`), double-quoted otherwise (`"gitlab.com:aud"`).
  static func key(_ name: String) -> String { TerraformExporter.key(name) == name ? name : quoted(name) }

  static func quoted(_ s: String) -> String {
    var out = ""
    JSONWriter.writeString(s, into: &out)
    return out
  }
}

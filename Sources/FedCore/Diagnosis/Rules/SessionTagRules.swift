/// `session-tags-invalid`, `session-tags-need-tagsession`: the `https://aws.amazon.com/tags`
/// claim (`spec/aws-oidc-rules.md` §6 "Session-tags route"; STS limits).
enum SessionTagRules {
  static let claim = "https://aws.amazon.com/tags"

  static func findings(_ c: DiagnosisContext) -> [Finding] {
    guard let tags = c.jwt?.claims[claim] else { return [] }
    var out: [Finding] = []
    let problems = validate(tags)
    if !problems.isEmpty {
      out.append(
        Finding(
          .sessionTagsInvalid, .error, title: "The session-tags claim is malformed", evidence: problems,
          awsError: AWSErrorText.invalidIdentityTokenCode,
          fix:
            "principal_tags: {\"Key\": [\"value\"]} (one-element string arrays), at most 50 tags, keys ≤ 128 and values ≤ 256 characters.",
          confidence: .documented))
    }
    let keys = tags["principal_tags"]?.objectMembers?.map(\.name) ?? []
    out.append(
      Finding(
        .sessionTagsNeedTagSession, .info,
        title: "The token carries session tags: every trust policy for this provider needs sts:TagSession",
        evidence: [Evidence("tag keys", keys.joined(separator: ", "))],
        fix: "Add \"sts:TagSession\" to the Action of every role trusting this provider, or those roles fail.",
        confidence: .documented))
    return out
  }

  static func validate(_ tags: JSONValue) -> [Evidence] {
    guard tags.objectMembers != nil else { return [Evidence("problem", "the claim is a \(tags.typeName), not an object")] }
    guard let principal = tags["principal_tags"] else { return [Evidence("problem", "no principal_tags member")] }
    guard let members = principal.objectMembers else {
      return [Evidence("problem", "principal_tags is a \(principal.typeName), not an object")]
    }
    var out: [Evidence] = []
    if members.count > 50 { out.append(Evidence("tag count", "\(members.count) (limit 50)")) }
    for member in members {
      if member.name.count > 128 { out.append(Evidence("tag \(member.name.prefix(20))…", "key over 128 characters")) }
      guard let array = member.value.arrayValue, array.count == 1, let value = array[0].stringValue else {
        out.append(Evidence("tag \(member.name)", "value must be a one-element string array, found \(JSONWriter.string(member.value))"))
        continue
      }
      if value.count > 256 { out.append(Evidence("tag \(member.name)", "value over 256 characters")) }
    }
    if let transitive = tags["transitive_tag_keys"], transitive.arrayValue?.allSatisfy({ $0.stringValue != nil }) != true {
      out.append(Evidence("transitive_tag_keys", "must be an array of strings"))
    }
    return out
  }
}

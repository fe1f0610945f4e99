/// For every claim of a token: whether IAM evaluates it as `<provider>:<claim>` for this issuer
/// (`spec/aws-oidc-rules.md` §6, `spec/providers.md` §1.6), and the routes that work when not.
enum ClaimTable {
  /// Claims that are about the token itself, never condition keys.
  static let registered: Set<String> = ["iss", "exp", "iat", "nbf", "jti"]

  /// One evidence line per claim (registered claims such as `exp` left out): label
  /// `claim <name>`, value `<prefix>:<name> usable|unconfirmed|not evaluated by IAM (<value>)`.
  static func evidence(_ c: DiagnosisContext) -> [Evidence] {
    guard let jwt = c.jwt else { return [] }
    return jwt.claimMembers.filter { !registered.contains($0.name) }.map { member in
      Evidence("claim \(member.name)", verdict(member.name, c) + " (" + shortValue(member.value) + ")")
    }
  }

  /// The same table grouped by status: three lines (usable, unconfirmed, not evaluated).
  static func summary(_ c: DiagnosisContext) -> [Evidence] {
    guard let jwt = c.jwt else { return [] }
    let names = jwt.claimMembers.map(\.name).filter { !registered.contains($0) }
    var out: [Evidence] = []
    for (label, status) in [
      ("usable as condition keys", ProviderProfile.Conditionability.confirmed), ("unconfirmed condition keys", .unconfirmed),
      ("not evaluated by IAM", .no),
    ] {
      let group = names.filter { c.profile.conditionability($0) == status }
      if !group.isEmpty { out.append(Evidence(label, group.map { "\(c.conditionPrefix):\($0)" }.joined(separator: ", "))) }
    }
    return out
  }

  static func verdict(_ claim: String, _ c: DiagnosisContext) -> String {
    let key = "\(c.conditionPrefix):\(claim)"
    if registered.contains(claim) { return "\(key) not a condition key" }
    switch c.profile.conditionability(claim) {
    case .confirmed: return "\(key) usable"
    case .unconfirmed: return "\(key) unconfirmed"
    case .no: return "\(key) not evaluated by IAM"
    }
  }

  static func shortValue(_ value: JSONValue) -> String {
    let text = JSONWriter.string(value)
    return text.count > 60 ? String(text.prefix(57)) + "..." : text
  }

  /// The routes that let a policy restrict on `claim` when IAM does not evaluate it.
  static func routes(for claim: String, _ c: DiagnosisContext) -> [Evidence] {
    let p = c.profile
    var out: [Evidence] = []
    let keys = p.conditionableClaims.filter { !["aud", "sub"].contains($0) }
    if let custom = p.subCustomization, p.subTemplateClaims?.contains(claim) ?? true {
      out.append(Evidence("route: sub template", "put \(claim) into sub: \(custom); then match \(c.conditionPrefix):sub"))
    } else if p.subCustomization != nil, let allowed = p.subTemplateClaims {
      out.append(
        Evidence(
          "route: sub template",
          "\(claim) cannot be a sub component (\(p.name) allows \(allowed.joined(separator: ", "))); the default sub "
            + "\(p.subFormat) already names the project by path: match \(c.conditionPrefix):sub"))
    } else {
      out.append(Evidence("route: sub template", "\(p.name) sub is fixed (\(p.subFormat)); match on \(c.conditionPrefix):sub"))
    }
    if !keys.isEmpty {
      out.append(
        Evidence(
          "route: provider keys", "IAM evaluates for \(p.name): " + keys.map { "\(c.conditionPrefix):\($0)" }.joined(separator: ", ")))
    } else if p.kind == .gitlabSelfManaged {
      out.append(
        Evidence(
          "route: provider keys", "none: AWS's extra GitLab keys (project_id, namespace_id, …) exist only for the gitlab.com provider"))
    }
    let tags =
      p.sessionTagsRoute
      ?? "the issuer must put the claim in \"https://aws.amazon.com/tags\" (principal_tags: {\"\(claim)\": [value]}); not supported by \(p.name) today"
    out.append(Evidence("route: session tags", tags + "; then condition on aws:RequestTag/\(claim) and allow sts:TagSession"))
    return out
  }
}

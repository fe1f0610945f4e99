/// `token-roles` and `token-roles-exclude-role`: the IdP's role pinning (`RolePinning`). STS
/// refuses a role the token's `https://aws.amazon.com/roles` does not list, with
/// `InvalidIdentityToken`, before it evaluates the trust policy (awsteele.com 2026-07-13, third-party
/// testing: observed, and the exact message is not published).
enum RolePinningRules {
  static func findings(_ c: DiagnosisContext) -> [Finding] {
    guard let claims = c.jwt?.claims, let value = claims[RolePinning.claim] else { return [] }
    guard let roles = RolePinning.roles(claims) else {
      return [
        Finding(
          .tokenRoles, .warning, title: "The token's \(RolePinning.claim) claim is not a role ARN or a list of them",
          evidence: [Evidence("claim", RolePinning.claim), Evidence("value", JSONWriter.string(value))],
          fix: "Have the issuer emit a role ARN string or an array of role ARN strings.", confidence: .unconfirmed)
      ]
    }
    var out = [
      Finding(
        .tokenRoles, .info, title: "The token pins the roles it may assume: STS refuses any other before the trust policy",
        evidence: [Evidence("claim", RolePinning.claim)] + roles.map { Evidence("role", $0) },
        fix: "Exchange it only for a listed role (exact ARN, no wildcards); a trust policy can require this with "
          + "\"Bool\": {\"\(RolePinning.conditionKey)\": \"true\"}.",
        confidence: .observed)
    ]
    if let role = c.input.roleARN, !roles.contains(role) {
      out.append(
        Finding(
          .tokenRolesExcludeRole, .error, title: "The role is not among the roles the token lists",
          evidence: [Evidence("role", role), Evidence("token roles", roles.joined(separator: ", "))] + nearMiss(role, roles),
          awsError: AWSErrorText.rolePinningRefusal,
          fix: "Request a token that lists \(role) (the IdP's role request), or assume one of the listed roles.",
          confidence: .observed))
    }
    return out
  }

  /// A case or path difference that explains a miss (matching is exact).
  static func nearMiss(_ role: String, _ roles: [String]) -> [Evidence] {
    guard let hit = roles.first(where: { $0.lowercased() == role.lowercased() }) else { return [] }
    return [Evidence("difference", "letter case: \(role) vs listed \(hit)")]
  }
}

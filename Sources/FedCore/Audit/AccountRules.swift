/// The account-level rules: they need every role and every provider of the account at once.
enum AccountRules {
  /// `account-role-provider-missing`: the role trusts a provider ARN the account does not have.
  /// IAM keeps such a policy (it does not check principals of deleted providers), and STS then
  /// answers `InvalidIdentityToken: No OpenIDConnect provider found in your account for <iss>`
  /// (AWS STS API reference, AssumeRoleWithWebIdentity errors; Confidence: documented).
  static func providerMissing(role: String, trusted: [String], registered: [String]) -> [Finding] {
    trusted.filter { !contains(registered, $0) }
      .map { arn in
        Finding(
          .accountRoleProviderMissing, .error, title: "The role trusts an OIDC provider the account does not have",
          evidence: [
            Evidence("role", role), Evidence("provider", arn),
            Evidence("registered providers", registered.isEmpty ? "(none)" : registered.joined(separator: ", ")),
          ],
          awsError: "InvalidIdentityToken: No OpenIDConnect provider found in your account for https://"
            + (ProviderARN(arn)?.hostPath ?? arn),
          fix: "Register the provider (aws iam create-open-id-connect-provider) or change the role's Federated principal.")
      }
  }

  /// `account-provider-unused`: no role of the account trusts the provider.
  static func providerUnused(_ provider: String, trustedBy roles: Int) -> [Finding] {
    guard roles == 0 else { return [] }
    return [
      Finding(
        .accountProviderUnused, .info, title: "No role of the account trusts this OIDC provider",
        evidence: [Evidence("provider", provider)],
        fix: "Delete the provider if nothing will use it (aws iam delete-open-id-connect-provider).")
    ]
  }

  /// `account-client-id-unused`: a registered client ID that no trusting role's `aud` condition admits.
  /// A role without an `aud` condition admits every registered client ID.
  static func clientIDsUnused(_ provider: String, clientIDs: [String], audiences: [AudienceCondition?]) -> [Finding] {
    clientIDs.filter { id in !audiences.contains { $0 == nil || $0!.admits(id) } }.map { id in
      Finding(
        .accountClientIDUnused, .info, title: "No trust policy's aud condition admits this client ID",
        evidence: [Evidence("provider", provider), Evidence("client ID", id), Evidence("trusting roles", String(audiences.count))],
        fix: "Remove the client ID from the provider (aws iam remove-client-id-from-open-id-connect-provider) if no CI job uses it.")
    }
  }

  /// Exact ARN comparison: STS finds the provider by the token's `iss`, and a principal differing in
  /// letter case or path names another provider.
  static func contains(_ registered: [String], _ arn: String) -> Bool { registered.contains(arn) }
}

/// The `aud` values one role's web-identity Allow statements require (all conditions AND-ed).
struct AudienceCondition: Equatable {
  var conditions: [PolicyCondition]

  /// True when the client ID satisfies every positive `aud` condition.
  func admits(_ clientID: String) -> Bool {
    conditions.allSatisfy { c in
      c.values.contains { v in
        switch c.op.base {
        case .stringLike: PatternMatch.like(clientID, v)
        case .stringEqualsIgnoreCase: clientID.lowercased() == v.lowercased()
        default: clientID == v
        }
      }
    }
  }

  /// The role's aud conditions for this scope; nil when it has none (it admits any client ID).
  static func of(_ scope: LintScope) -> AudienceCondition? {
    let conditions = scope.webIdentityAllows.flatMap(\.statement.conditions).filter {
      scope.claim(of: $0.key)?.lowercased() == "aud" && $0.op.base.isString && !$0.op.base.isNegated
    }
    return conditions.isEmpty ? nil : AudienceCondition(conditions: conditions)
  }
}

/// A provider's audit: its registration (as far as known) and its findings.
public struct AuditedProvider: Sendable, Equatable {
  public var arn: String
  public var url: String?
  public var clientIDs: [String]?
  public var thumbprints: [String]?
  /// False when the provider is only known from a role's principal (no providers input).
  public var registered: Bool?
  public var findings: [Finding]
}

/// A role's audit: the provider its trust policy names, the findings, and the token evaluation.
public struct AuditedRole: Sendable, Equatable {
  public var arn: String
  /// The first OIDC provider ARN of its `Federated` principals.
  public var provider: String?
  public var findings: [Finding]
  /// Whether the trust policy admits the token's claims; nil without a token.
  public var acceptsToken: Bool?
  /// The evaluation trace, with a token.
  public var decision: PolicyDecision?
}

/// One account's audit.
public struct AccountAudit: Sendable, Equatable {
  public var account: String
  public var source: String
  /// False when no provider list was given: details and existence are unknown.
  public var providersKnown: Bool
  public var providers: [AuditedProvider]
  public var roles: [AuditedRole]

  /// Every finding of the account, providers first.
  public var findings: [Finding] { providers.flatMap(\.findings) + roles.flatMap(\.findings) }
}

/// The audit of one or more accounts.
public struct AuditReport: Sendable, Equatable {
  public var accounts: [AccountAudit]
  /// True when a token was evaluated against every role.
  public var tokenEvaluated: Bool

  public init(accounts: [AccountAudit], tokenEvaluated: Bool) {
    self.accounts = accounts
    self.tokenEvaluated = tokenEvaluated
  }

  public var findings: [Finding] { accounts.flatMap(\.findings) }

  /// The CLI contract: 1 when any finding is an error, else 0.
  public var exitCode: Int32 { findings.contains { $0.severity == .error } ? 1 : 0 }

  /// What `acceptsToken` does not cover.
  public static let tokenNote =
    "acceptsToken is trust-policy evaluation of the token's claims only: the signature, the issuer's keys and the "
    + "provider registration are `fedtui check`'s job (check --role-arn)."
}

extension Array where Element == Finding {
  /// The most severe severity, or nil for no finding.
  public var worstSeverity: Severity? { map(\.severity).min() }
}

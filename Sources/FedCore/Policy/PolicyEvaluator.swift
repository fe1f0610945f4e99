/// One statement's part in a decision.
public struct StatementResult: Sendable, Equatable {
  /// 1-based position in the policy.
  public var number: Int
  public var sid: String?
  public var effect: PolicyEffect
  /// Whether `Principal` names the token's provider (or `*`).
  public var principalMatched: Bool
  /// Which of the required actions `Action`/`NotAction` covers.
  public var matchedActions: [String]
  public var conditions: [ConditionResult]

  /// All conditions hold (AND).
  public var conditionsPassed: Bool { conditions.allSatisfy(\.passed) }
  /// The statement takes part in the decision.
  public var applies: Bool { principalMatched && !matchedActions.isEmpty && conditionsPassed }
}

/// Would STS allow `AssumeRoleWithWebIdentity`? With the reason and a per-condition trace.
public struct PolicyDecision: Sendable, Equatable {
  public var allowed: Bool
  /// One sentence: which statement allowed, denied, or why none applied.
  public var reason: String
  /// The actions STS authorises for this call.
  public var requiredActions: [String]
  public var statements: [StatementResult]
}

/// Evaluates a trust policy as STS does for `sts:AssumeRoleWithWebIdentity`
/// (`reference_policies_evaluation-logic`): an explicit `Deny` wins, otherwise some `Allow` must
/// apply to every required action, otherwise the implicit deny. Pure and deterministic.
public enum PolicyEvaluator {
  /// Evaluates against a prepared request context.
  public static func evaluate(_ policy: PolicyDocument, context: RequestContext) -> PolicyDecision {
    let required = context.requiredActions
    let budget = MatchBudget(Limits.patternMatchWork)
    let results = policy.statements.enumerated().map {
      statement($0.element, number: $0.offset + 1, context: context, required: required, budget: budget)
    }
    for action in required {
      if let deny = results.first(where: { $0.effect == .deny && $0.applies && $0.matchedActions.contains(action) }) {
        return PolicyDecision(
          allowed: false, reason: "statement \(deny.number) explicitly denies \(action)", requiredActions: required, statements: results)
      }
    }
    for action in required where !results.contains(where: { $0.effect == .allow && $0.applies && $0.matchedActions.contains(action) }) {
      return PolicyDecision(allowed: false, reason: implicitDenyReason(action, results), requiredActions: required, statements: results)
    }
    let allow = results.first(where: { $0.effect == .allow && $0.applies })!
    return PolicyDecision(
      allowed: true, reason: "statement \(allow.number) allows \(required.joined(separator: " and "))", requiredActions: required,
      statements: results)
  }

  /// Evaluates against a token's claims; the provider profile defaults to `KnownProviders`
  /// (by issuer, refined by the claims' shape).
  public static func evaluate(_ policy: PolicyDocument, claims: JSONValue, issuer: String, profile: ProviderProfile? = nil)
    -> PolicyDecision
  {
    let profile = profile ?? KnownProviders.profile(forIssuer: issuer, claims: claims)
    return evaluate(policy, context: RequestContext.webIdentity(claims: claims, issuer: issuer, profile: profile))
  }

  static func statement(
    _ s: PolicyStatement, number: Int, context: RequestContext, required: [String], budget: MatchBudget? = nil
  ) -> StatementResult {
    let conditions = s.conditions.map { ConditionEvaluator.evaluate($0, actual: context.values($0.key), budget: budget) }
    return StatementResult(
      number: number, sid: s.sid, effect: s.effect, principalMatched: principalMatches(s.principal, issuer: context.issuer),
      matchedActions: required.filter { actionMatches(s, $0) }, conditions: conditions)
  }

  /// `Principal` names the provider: `*`, or a `Federated` value that is the provider ARN for the
  /// issuer's host/path (any account: the role's own account is not known here) or the bare host.
  public static func principalMatches(_ principal: PolicyPrincipal, issuer: String) -> Bool {
    if principal.isWildcard { return true }
    let host = IAMNaming.providerHost(issuer: issuer)
    return principal.federated.contains { value in
      value == host || ProviderARN(value)?.hostPath == host
    }
  }

  /// IAM action matching: case-insensitive, with `*` and `?`; `NotAction` inverts it.
  public static func actionMatches(_ s: PolicyStatement, _ action: String) -> Bool {
    let hit = s.actions.contains { PatternMatch.like(action.lowercased(), $0.lowercased()) }
    return s.actionIsNegated ? !hit : hit
  }

  static func implicitDenyReason(_ action: String, _ results: [StatementResult]) -> String {
    let allows = results.filter { $0.effect == .allow }
    guard !allows.isEmpty else { return "no statement allows \(action)" }
    let reasons = allows.map { r -> String in
      if !r.principalMatched { return "statement \(r.number): the principal is not this token's provider" }
      if !r.matchedActions.contains(action) { return "statement \(r.number): the action does not cover \(action)" }
      let failed = r.conditions.filter { !$0.passed }.map { "\($0.condition.op) \($0.condition.key)" }
      return "statement \(r.number): condition \(failed.joined(separator: ", ")) failed"
    }
    return "no statement allows \(action) (" + reasons.joined(separator: "; ") + ")"
  }
}

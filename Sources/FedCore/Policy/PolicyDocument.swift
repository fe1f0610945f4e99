/// An IAM role trust policy, as far as OIDC federation needs it
/// (`spec/aws-oidc-rules.md` §7; IAM JSON policy grammar). Order is kept as written.
public struct PolicyDocument: Sendable, Equatable {
  /// `Version` (`2012-10-17`), when present.
  public var version: String?
  public var statements: [PolicyStatement]
  /// The number of characters excluding whitespace, as the trust-policy quota counts them.
  public var nonWhitespaceLength: Int

  public init(version: String? = "2012-10-17", statements: [PolicyStatement], nonWhitespaceLength: Int = 0) {
    self.version = version
    self.statements = statements
    self.nonWhitespaceLength = nonWhitespaceLength
  }
}

/// `Allow` or `Deny`.
public enum PolicyEffect: String, Sendable, Equatable {
  case allow = "Allow"
  case deny = "Deny"
}

/// The `Principal` element: `"*"` or a map of principal types to values.
public struct PolicyPrincipal: Sendable, Equatable {
  /// `"Principal": "*"` (everyone).
  public var isWildcard: Bool
  /// `Federated` values (OIDC provider ARNs or built-in provider hosts).
  public var federated: [String]
  /// Values of other principal types (`AWS`, `Service`, ...), by type, in order.
  public var other: [String: [String]]

  public init(isWildcard: Bool = false, federated: [String] = [], other: [String: [String]] = [:]) {
    self.isWildcard = isWildcard
    self.federated = federated
    self.other = other
  }
}

/// One statement of a trust policy.
public struct PolicyStatement: Sendable, Equatable {
  public var sid: String?
  public var effect: PolicyEffect
  public var principal: PolicyPrincipal
  /// `Action` values (`sts:AssumeRoleWithWebIdentity`, ...), or `NotAction` values when `actionIsNegated`.
  public var actions: [String]
  public var actionIsNegated: Bool
  /// Every `operator → key → values` entry, in document order.
  public var conditions: [PolicyCondition]

  public init(
    sid: String? = nil, effect: PolicyEffect, principal: PolicyPrincipal, actions: [String], actionIsNegated: Bool = false,
    conditions: [PolicyCondition] = []
  ) {
    self.sid = sid
    self.effect = effect
    self.principal = principal
    self.actions = actions
    self.actionIsNegated = actionIsNegated
    self.conditions = conditions
  }
}

/// One `operator: { key: values }` entry of a `Condition` block. Values of one key are OR-ed;
/// entries are AND-ed (`reference_policies_elements_condition`).
public struct PolicyCondition: Sendable, Equatable {
  public var op: ConditionOperator
  /// The key as written (names are case-insensitive).
  public var key: String
  /// Values as strings (booleans and numbers as written in JSON).
  public var values: [String]

  public init(_ op: ConditionOperator, _ key: String, _ values: [String]) {
    self.op = op
    self.key = key
    self.values = values
  }
}

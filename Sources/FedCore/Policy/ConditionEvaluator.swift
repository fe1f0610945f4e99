/// The outcome of one condition entry, for the trace (`findings.md` `policy-denies-token` evidence).
public struct ConditionResult: Sendable, Equatable {
  public var condition: PolicyCondition
  /// The request's values for the key; nil when the key is absent.
  public var actual: [String]?
  public var passed: Bool
  /// Why, when the semantics are surprising or FedTUI could not evaluate the operator.
  public var note: String?

  public init(condition: PolicyCondition, actual: [String]?, passed: Bool, note: String? = nil) {
    self.condition = condition
    self.actual = actual
    self.passed = passed
    self.note = note
  }
}

/// IAM condition operator semantics (`reference_policies_elements_condition_operators`,
/// `reference_policies_multi-value-conditions`): policy values of one key are OR-ed; an absent key
/// makes positive operators false and negated ones true, except `…IfExists` (true) and `Null`;
/// `ForAnyValue:` is false and `ForAllValues:` true when the key is absent or empty.
public enum ConditionEvaluator {
  /// Evaluates one entry against the request's values for its key.
  public static func evaluate(_ condition: PolicyCondition, actual: [String]?) -> ConditionResult {
    evaluate(condition, actual: actual, budget: nil)
  }

  /// Evaluates one entry, charging `StringLike` work to `budget` (nil: unbounded).
  static func evaluate(_ condition: PolicyCondition, actual: [String]?, budget: MatchBudget?) -> ConditionResult {
    let op = condition.op
    if let budget, op.base == .stringLike || op.base == .stringNotLike, let actual {
      let cost = MatchBudget.cost(values: actual, patterns: condition.values)
      guard budget.spend(cost) else {
        return ConditionResult(
          condition: condition, actual: actual, passed: false,
          note:
            "not evaluated: \(condition.values.count) patterns against \(actual.map(\.count).reduce(0, +)) characters exceed FedTUI's matching limit"
        )
      }
    }
    if op.base == .null { return null(condition, actual: actual) }
    guard op.base.isEvaluated else {
      return ConditionResult(condition: condition, actual: actual, passed: false, note: "\(op.base.rawValue) is not evaluated by FedTUI")
    }
    let values = actual ?? []
    let satisfies = { (v: String) in op.base.isNegated ? !matchesAny(v, condition) : matchesAny(v, condition) }
    switch op.qualifier {
    case nil:
      guard actual != nil else {
        if op.ifExists { return ConditionResult(condition: condition, actual: nil, passed: true, note: "key absent: IfExists is true") }
        return ConditionResult(
          condition: condition, actual: nil, passed: op.base.isNegated,
          note: op.base.isNegated ? "key absent: a negated operator is true" : "key absent")
      }
      let passed = op.base.isNegated ? values.allSatisfy(satisfies) : values.contains(where: satisfies)
      let note = values.count > 1 ? "several values without ForAnyValue/ForAllValues: any value counts (unconfirmed)" : nil
      return ConditionResult(condition: condition, actual: actual, passed: passed, note: note)
    case .forAnyValue:
      if values.isEmpty {
        return ConditionResult(condition: condition, actual: actual, passed: op.ifExists, note: "key absent: ForAnyValue is false")
      }
      return ConditionResult(condition: condition, actual: actual, passed: values.contains(where: satisfies))
    case .forAllValues:
      if values.isEmpty {
        return ConditionResult(condition: condition, actual: actual, passed: true, note: "key absent: ForAllValues is true")
      }
      return ConditionResult(condition: condition, actual: actual, passed: values.allSatisfy(satisfies))
    }
  }

  /// `Null`: `"true"` passes when the key is absent, `"false"` when it is present.
  static func null(_ condition: PolicyCondition, actual: [String]?) -> ConditionResult {
    let absent = actual == nil || actual!.isEmpty
    let passed = condition.values.contains { v in
      switch v.lowercased() {
      case "true": absent
      case "false": !absent
      default: false
      }
    }
    return ConditionResult(condition: condition, actual: actual, passed: passed)
  }

  /// Whether a request value matches any policy value under the operator's positive form.
  static func matchesAny(_ value: String, _ condition: PolicyCondition) -> Bool {
    condition.values.contains { expected in
      switch condition.op.base {
      case .stringEquals, .stringNotEquals: value == expected
      case .stringEqualsIgnoreCase, .stringNotEqualsIgnoreCase, .bool: value.lowercased() == expected.lowercased()
      case .stringLike, .stringNotLike: PatternMatch.like(value, expected)
      default: false
      }
    }
  }
}

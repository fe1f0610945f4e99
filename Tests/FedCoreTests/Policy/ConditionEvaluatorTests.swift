import Testing

@testable import FedCore

/// IAM condition operator semantics, from `reference_policies_elements_condition_operators` and
/// `reference_policies_multi-value-conditions` (`aws-oidc-rules.md` §7), surprising cases included.
@Suite struct ConditionEvaluatorTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var op: String
    var policy: [String]
    var actual: [String]?
    var expected: Bool
    var why: String
    var testDescription: String { "\(op) \(policy) vs \(actual.map { "\($0)" } ?? "absent"): \(why)" }
  }

  static let cases: [Case] = [
    Case(op: "StringEquals", policy: ["main"], actual: ["main"], expected: true, why: "exact"),
    Case(op: "StringEquals", policy: ["Main"], actual: ["main"], expected: false, why: "case-sensitive"),
    Case(op: "StringEquals", policy: ["repo:o/r:*"], actual: ["repo:o/r:ref:refs/heads/main"], expected: false, why: "* is literal"),
    Case(op: "StringEquals", policy: ["repo:o/r:*"], actual: ["repo:o/r:*"], expected: true, why: "* matches itself only"),
    Case(op: "StringEquals", policy: ["a", "b"], actual: ["b"], expected: true, why: "values are OR-ed"),
    Case(op: "StringEquals", policy: ["a"], actual: nil, expected: false, why: "absent key is false"),
    Case(op: "StringEquals", policy: ["a"], actual: ["b", "a"], expected: true, why: "multivalued request, any value"),
    Case(op: "StringNotEquals", policy: ["a"], actual: ["b"], expected: true, why: "negated"),
    Case(op: "StringNotEquals", policy: ["a", "b"], actual: ["b"], expected: false, why: "matches one of the values"),
    Case(op: "StringNotEquals", policy: ["a"], actual: nil, expected: true, why: "negated operator on absent key is true"),
    Case(op: "StringEqualsIgnoreCase", policy: ["MyOrg/App"], actual: ["myorg/app"], expected: true, why: "ignores case"),
    Case(op: "StringNotEqualsIgnoreCase", policy: ["MAIN"], actual: ["main"], expected: false, why: "negated, ignores case"),
    Case(op: "StringLike", policy: ["repo:o/*"], actual: ["repo:o/r:ref:refs/heads/main"], expected: true, why: "* spans : and /"),
    Case(op: "StringLike", policy: ["refs/heads/ma?n"], actual: ["refs/heads/main"], expected: true, why: "? is one character"),
    Case(op: "StringLike", policy: ["ma?n"], actual: ["maaan"], expected: false, why: "? is exactly one"),
    Case(op: "StringLike", policy: ["ma?n"], actual: ["man"], expected: false, why: "? is not zero"),
    Case(op: "StringLike", policy: ["Main*"], actual: ["main"], expected: false, why: "case-sensitive"),
    Case(op: "StringLike", policy: ["[ab]"], actual: ["a"], expected: false, why: "no character classes"),
    Case(op: "StringLike", policy: ["[ab]"], actual: ["[ab]"], expected: true, why: "brackets are literal"),
    Case(op: "StringLike", policy: ["a.c"], actual: ["abc"], expected: false, why: ". is literal"),
    Case(op: "StringLike", policy: ["*"], actual: [""], expected: true, why: "* matches the empty string"),
    Case(op: "StringLike", policy: ["a*b*c"], actual: ["aXbYbZc"], expected: true, why: "backtracking"),
    Case(op: "StringLike", policy: ["a*b"], actual: ["aXbY"], expected: false, why: "whole value must match"),
    Case(op: "StringLike", policy: ["x*"], actual: nil, expected: false, why: "absent key is false"),
    Case(op: "StringNotLike", policy: ["*:pull_request"], actual: ["repo:o/r:pull_request"], expected: false, why: "negated like"),
    Case(op: "StringNotLike", policy: ["*:pull_request"], actual: ["repo:o/r:ref:refs/heads/main"], expected: true, why: "negated like"),
    Case(op: "StringNotLike", policy: ["x"], actual: nil, expected: true, why: "negated operator on absent key is true"),
    Case(op: "StringEqualsIfExists", policy: ["a"], actual: nil, expected: true, why: "IfExists: absent is true"),
    Case(op: "StringEqualsIfExists", policy: ["a"], actual: ["b"], expected: false, why: "IfExists: present is evaluated"),
    Case(op: "StringLikeIfExists", policy: ["a*"], actual: ["ab"], expected: true, why: "IfExists like"),
    Case(op: "ForAnyValue:StringEquals", policy: ["a"], actual: ["b", "a"], expected: true, why: "any value matches"),
    Case(op: "ForAnyValue:StringEquals", policy: ["a"], actual: ["b", "c"], expected: false, why: "no value matches"),
    Case(op: "ForAnyValue:StringEquals", policy: ["a"], actual: nil, expected: false, why: "ForAnyValue: absent is false"),
    Case(op: "ForAnyValue:StringEquals", policy: ["a"], actual: [], expected: false, why: "ForAnyValue: empty is false"),
    Case(op: "ForAnyValue:StringNotEquals", policy: ["a"], actual: ["a", "b"], expected: true, why: "some value is not a"),
    Case(op: "ForAllValues:StringEquals", policy: ["a", "b"], actual: ["a", "b"], expected: true, why: "every value is listed"),
    Case(op: "ForAllValues:StringEquals", policy: ["a"], actual: ["a", "b"], expected: false, why: "b is not listed"),
    Case(op: "ForAllValues:StringEquals", policy: ["a"], actual: nil, expected: true, why: "ForAllValues: absent is TRUE"),
    Case(op: "ForAllValues:StringEquals", policy: ["a"], actual: [], expected: true, why: "ForAllValues: empty is TRUE"),
    Case(op: "ForAllValues:StringLike", policy: ["sts.*"], actual: ["sts.amazonaws.com"], expected: true, why: "set like"),
    Case(op: "ForAllValues:StringNotEquals", policy: ["a"], actual: ["a", "b"], expected: false, why: "a is excluded"),
    Case(op: "Null", policy: ["true"], actual: nil, expected: true, why: "Null true: key absent"),
    Case(op: "Null", policy: ["true"], actual: ["x"], expected: false, why: "Null true: key present"),
    Case(op: "Null", policy: ["false"], actual: ["x"], expected: true, why: "Null false: key present"),
    Case(op: "Null", policy: ["false"], actual: nil, expected: false, why: "Null false: key absent"),
    Case(op: "Bool", policy: ["true"], actual: ["true"], expected: true, why: "Bool"),
    Case(op: "NumericEquals", policy: ["1"], actual: ["1"], expected: false, why: "not evaluated: never matches"),
  ]

  @Test(arguments: cases) func operatorSemantics(_ c: Case) throws {
    let op = try #require(ConditionOperator(name: c.op))
    let result = ConditionEvaluator.evaluate(PolicyCondition(op, "gitlab.com:sub", c.policy), actual: c.actual)
    #expect(result.passed == c.expected)
    #expect(result.actual == c.actual)
  }

  @Test(arguments: ["StringEquals", "ForAnyValue:StringLike", "ForAllValues:StringNotEqualsIgnoreCase", "StringLikeIfExists", "Null"])
  func operatorNamesRoundTrip(_ name: String) throws {
    #expect(try #require(ConditionOperator(name: name)).description == name)
  }

  @Test(arguments: ["StringEqual", "stringequals", "ForSomeValues:StringEquals", "NullIfExists", "StringLikeIfexists", ""])
  func unknownOperatorNames(_ name: String) {
    #expect(ConditionOperator(name: name) == nil)
  }

  @Test func traceNotesExplainSurprises() {
    let forAll = ConditionEvaluator.evaluate(
      PolicyCondition(ConditionOperator(.stringEquals, qualifier: .forAllValues), "k", ["a"]), actual: nil)
    #expect(forAll.note == "key absent: ForAllValues is true")
    let numeric = ConditionEvaluator.evaluate(PolicyCondition(ConditionOperator(.numericEquals), "k", ["1"]), actual: ["1"])
    #expect(numeric.note?.contains("not evaluated") == true)
    let array = ConditionEvaluator.evaluate(PolicyCondition(ConditionOperator(.stringEquals), "k", ["a"]), actual: ["b", "a"])
    #expect(array.note?.contains("unconfirmed") == true)
  }
}

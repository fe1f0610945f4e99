/// A condition operator name split into its parts: `[ForAnyValue:|ForAllValues:]Base[IfExists]`
/// (`reference_policies_elements_condition_operators`, `reference_policies_multi-value-conditions`).
public struct ConditionOperator: Sendable, Equatable, Hashable, CustomStringConvertible {
  /// The operator family, without qualifier or `IfExists`.
  public enum Base: String, Sendable, Equatable, Hashable, CaseIterable {
    case stringEquals = "StringEquals"
    case stringNotEquals = "StringNotEquals"
    case stringEqualsIgnoreCase = "StringEqualsIgnoreCase"
    case stringNotEqualsIgnoreCase = "StringNotEqualsIgnoreCase"
    case stringLike = "StringLike"
    case stringNotLike = "StringNotLike"
    case null = "Null"
    case bool = "Bool"
    // Known to IAM but not evaluated by FedTUI (never useful with web identity claims).
    case numericEquals = "NumericEquals"
    case numericNotEquals = "NumericNotEquals"
    case numericLessThan = "NumericLessThan"
    case numericLessThanEquals = "NumericLessThanEquals"
    case numericGreaterThan = "NumericGreaterThan"
    case numericGreaterThanEquals = "NumericGreaterThanEquals"
    case dateEquals = "DateEquals"
    case dateNotEquals = "DateNotEquals"
    case dateLessThan = "DateLessThan"
    case dateLessThanEquals = "DateLessThanEquals"
    case dateGreaterThan = "DateGreaterThan"
    case dateGreaterThanEquals = "DateGreaterThanEquals"
    case binaryEquals = "BinaryEquals"
    case ipAddress = "IpAddress"
    case notIpAddress = "NotIpAddress"
    case arnEquals = "ArnEquals"
    case arnLike = "ArnLike"
    case arnNotEquals = "ArnNotEquals"
    case arnNotLike = "ArnNotLike"

    /// True for the string operators FedTUI evaluates.
    public var isString: Bool {
      switch self {
      case .stringEquals, .stringNotEquals, .stringEqualsIgnoreCase, .stringNotEqualsIgnoreCase, .stringLike, .stringNotLike: true
      default: false
      }
    }

    /// True for negated matching (`StringNotEquals`, `StringNotLike`, ...): an absent key makes them true.
    public var isNegated: Bool {
      switch self {
      case .stringNotEquals, .stringNotEqualsIgnoreCase, .stringNotLike, .numericNotEquals, .dateNotEquals, .notIpAddress,
        .arnNotEquals, .arnNotLike:
        true
      default: false
      }
    }

    /// True when FedTUI's evaluator implements the operator.
    public var isEvaluated: Bool { isString || self == .null || self == .bool }
  }

  /// The set qualifier for multivalued keys.
  public enum Qualifier: String, Sendable, Equatable, Hashable {
    case forAnyValue = "ForAnyValue"
    case forAllValues = "ForAllValues"
  }

  public var qualifier: Qualifier?
  public var base: Base
  public var ifExists: Bool

  public init(_ base: Base, qualifier: Qualifier? = nil, ifExists: Bool = false) {
    self.base = base
    self.qualifier = qualifier
    self.ifExists = ifExists
  }

  /// Parses an operator name; nil when IAM would not know it. Names are matched case-sensitively, as IAM does.
  public init?(name: String) {
    var rest = Substring(name)
    var qualifier: Qualifier?
    for q in [Qualifier.forAnyValue, .forAllValues] where rest.hasPrefix(q.rawValue + ":") {
      qualifier = q
      rest = rest.dropFirst(q.rawValue.count + 1)
    }
    var ifExists = false
    if rest.hasSuffix("IfExists") {
      ifExists = true
      rest = rest.dropLast("IfExists".count)
    }
    guard let base = Base(rawValue: String(rest)) else { return nil }
    if base == .null && (ifExists || qualifier != nil) { return nil }
    self.init(base, qualifier: qualifier, ifExists: ifExists)
  }

  /// The operator name as IAM spells it.
  public var description: String {
    (qualifier.map { $0.rawValue + ":" } ?? "") + base.rawValue + (ifExists ? "IfExists" : "")
  }

  /// True for StringEquals, StringLike and StringEqualsIgnoreCase without qualifier or IfExists: the
  /// operators IAM's identity-provider controls accept as scoping a claim (`aws-oidc-rules.md` §7).
  public var isScopingOperator: Bool {
    qualifier == nil && !ifExists && [.stringEquals, .stringLike, .stringEqualsIgnoreCase].contains(base)
  }
}

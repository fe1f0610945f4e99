/// The rules the audit can report, with their catalog titles (README findings catalog).
public enum AuditCatalog {
  public static let rules: [(id: RuleID, title: String)] = [
    (.policyInvalid, "The trust policy is not a valid IAM policy document"),
    (.policyPrincipalMismatch, "The Federated principal does not name the issuer's provider"),
    (.policyActionMismatch, "The statement does not allow sts:AssumeRoleWithWebIdentity"),
    (.policyKeyPrefixMismatch, "A condition key's prefix is not the provider's host/path"),
    (.policyMissingAud, "No aud condition"),
    (.policyMissingSub, "No sub condition: any repository or project of the issuer can assume the role"),
    (.policySubTooBroad, "The sub pattern admits any project of the issuer"),
    (.policySubUnmatchable, "The sub pattern can never match a token of this provider"),
    (.policyWildcardWithoutLike, "A wildcard under StringEquals is compared literally"),
    (.policyForAllValuesSingleValued, "ForAllValues on a single-valued key is true when the key is absent"),
    (.policyUnusableKey, "A condition key IAM does not evaluate for this issuer"),
    (.policyTooLarge, "The trust policy exceeds IAM's size quota"),
    (.policyTagSessionMissing, "The token carries session tags but sts:TagSession is not allowed"),
    (.policySubWildcardAnywhere, "A sub value admits any repository or project of the issuer"),
    (.policySubMutable, "The sub pattern names a GitHub repository by name: a rename or transfer breaks it"),
    (.accountRoleProviderMissing, "The role trusts an OIDC provider the account does not have"),
    (.accountProviderUnused, "No role of the account trusts this OIDC provider"),
    (.accountClientIDUnused, "No trust policy's aud condition admits this client ID"),
  ]

  /// The catalog title of a rule, or its id.
  public static func title(_ id: RuleID) -> String { rules.first { $0.id == id }?.title ?? id.rawValue }
}

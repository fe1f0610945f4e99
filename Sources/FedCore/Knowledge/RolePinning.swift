/// Role pinning by the identity provider (about July 2026): a token may carry
/// `https://aws.amazon.com/roles`, a role ARN or a list of them; STS then refuses any role not
/// listed, with `InvalidIdentityToken`, before it evaluates the trust policy. Matching is by exact
/// ARN (no wildcards). The Bool condition key `sts:RoleAuthorizedByIdp` lets a trust policy
/// require that the IdP authorised the role this way.
///
/// Sources: awsteele.com/blog/2026/07/13/oidc-tokens-can-restrict-which-aws-roles-they-assume.html
/// (third-party testing; the exact message text is not published), as summarised in
/// vouch-sh/vouch#691; aws-actions/configure-aws-credentials#1779; the key from the Service
/// Authorization Reference for STS ("Filters access based on whether the identity provider
/// authorized the role via the roles claim in the OIDC token", via iam-floyd sts.ts).
public enum RolePinning {
  /// The claim name.
  public static let claim = "https://aws.amazon.com/roles"
  /// The condition key.
  public static let conditionKey = ProviderKeys2026.roleAuthorizedByIdp

  /// The role ARNs the claim lists: a string or an array of strings; nil when absent or malformed.
  public static func roles(_ claims: JSONValue) -> [String]? {
    switch claims[claim] {
    case .string(let arn)?: return [arn]
    case .array(let items)?:
      let arns = items.compactMap(\.stringValue)
      return arns.count == items.count ? arns : nil
    default: return nil
    }
  }

  /// True when the token allows `roleARN` (exact match), nil when the token pins no role.
  public static func allows(_ claims: JSONValue, roleARN: String) -> Bool? {
    roles(claims).map { $0.contains(roleARN) }
  }
}

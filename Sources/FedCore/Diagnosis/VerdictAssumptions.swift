/// What a non-reject verdict assumed about the inputs it was not given: the provider's client
/// IDs (`--audience`), the IAM provider URL (`--provider-url`), the trust policy (`--policy-file`)
/// and, for a token that pins roles, the role (`--role-arn`). Each is a condition the verdict
/// holds under ("sts.amazonaws.com is a client ID of the provider").
public enum VerdictAssumptions {
  /// The conditions, in a fixed order; empty when every input was given (or nothing was decoded).
  public static func list(_ input: DiagnosisInput, trustPolicyKnown: Bool) -> [String] {
    guard case .success(let jwt)? = input.decoded else { return [] }
    var out: [String] = []
    if input.audiences.isEmpty, let values = jwt.aud?.values, !values.isEmpty {
      out.append(values.joined(separator: " or ") + " is a client ID of the provider")
    }
    if input.providerURL == nil, let iss = jwt.iss ?? input.issuer {
      let eks = KnownProviders.profile(forIssuer: iss, claims: jwt.claims).kind == .kubernetes
      out.append(
        "an IAM OIDC provider for \(iss) exists in the role's account"
          + (eks ? " (EKS: eksctl utils associate-iam-oidc-provider creates it)" : ""))
    }
    if !trustPolicyKnown {
      out.append("the role's trust policy allows this token" + (jwt.sub.map { " (sub \($0))" } ?? ""))
    }
    if input.roleARN == nil, jwt.claims[RolePinning.claim] != nil {
      out.append("the role is listed in the token's \(RolePinning.claim) claim")
    }
    return out
  }

  /// `ACCEPT if <condition>`, as the JSON carries each one.
  public static func sentence(_ condition: String) -> String { "ACCEPT if " + condition }
}

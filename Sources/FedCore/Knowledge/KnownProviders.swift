/// The provider table. Facts and sources: `spec/providers.md`, `spec/aws-oidc-rules.md`.
public enum KnownProviders {
  /// The generic profile: what IAM evaluates for any OIDC provider.
  public static let generic = ProviderProfile(
    kind: .generic, name: "Generic OIDC issuer", issuerExample: "https://issuer.example.com", defaultAudience: nil,
    subFormat: "issuer-defined", alternateKeyPaths: ["/.well-known/jwks.json", "/.well-known/jwks", "/jwks", "/keys", "/oauth2/v1/keys"],
    conditionableClaims: ["aud", "sub"], unconfirmedConditionableClaims: ["amr", "email", "oaud"],
    sharedIssuer: false, requiredPolicyClaims: [],
    sources: ["aws-oidc-rules.md §2 (aud, sub: documented; amr, email, oaud: UNCONFIRMED for generic providers)"])

  /// Every profile, most specific first. Filled in by the Knowledge area.
  public static let all: [ProviderProfile] = [generic]

  /// The profile for an issuer (the generic one when nothing more specific matches).
  public static func profile(forIssuer issuer: String) -> ProviderProfile {
    generic
  }
}

/// Everything `diagnose` reads: the token, what the operator registered or wants, and the
/// provider documents (fetched or from files). The clock is passed separately.
public struct DiagnosisInput: Sendable, Equatable {
  /// The pasted token after cleaning; nil when only the provider is checked.
  public var token: TokenInput?
  /// `--issuer`: the issuer to probe (defaults to the token's `iss`).
  public var issuer: String?
  /// `--audience`: the IAM provider's registered client IDs (empty: not given).
  public var audiences: [String]
  /// `--provider-url`: the IAM provider URL or ARN the operator registered.
  public var providerURL: String?
  /// `--want-claim`: claims the operator wants to restrict on.
  public var wantClaims: [String]
  /// The provider side; nil when nothing was fetched or loaded.
  public var snapshot: ProviderSnapshot?
  /// `--role-arn`: the role the token is exchanged for (a plain stored value; nil: not given).
  public var roleARN: String?

  public init(
    token: TokenInput? = nil, issuer: String? = nil, audiences: [String] = [], providerURL: String? = nil,
    wantClaims: [String] = [], snapshot: ProviderSnapshot? = nil, roleARN: String? = nil
  ) {
    self.roleARN = roleARN
    self.token = token
    self.issuer = issuer
    self.audiences = audiences
    self.providerURL = providerURL
    self.wantClaims = wantClaims
    self.snapshot = snapshot
  }

  /// The decoded token (nil when no token was given).
  public var decoded: Result<JWT, TokenDecodeError>? { token.map(TokenDecoder.decode) }
}

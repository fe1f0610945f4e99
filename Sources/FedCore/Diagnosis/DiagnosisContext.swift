/// What every rule reads, computed once from a `DiagnosisInput` and the clock.
struct DiagnosisContext: Sendable {
  let input: DiagnosisInput
  let now: Int64
  /// The decoded token, when one decoded.
  let jwt: JWT?
  let decodeError: TokenDecodeError?
  /// The issuer the provider side is about: `--issuer`, else the token's `iss`.
  let issuer: String?
  /// The profile of the token's issuer (refined by its claims).
  let profile: ProviderProfile
  /// The discovery document, when it arrived and parsed as a JSON object.
  let discovery: JSONValue?
  /// The key set at `jwks_uri`, when it arrived and parsed.
  let keySet: JWKSet?
  /// The JWKS body (of a response, or of a not-JSON failure) parsed once for every rule.
  let keySetParse: Result<JWKSet, JWKSetError>?

  init(_ input: DiagnosisInput, now: Int64) {
    self.input = input
    self.now = now
    switch input.decoded {
    case .success(let jwt): (self.jwt, self.decodeError) = (jwt, nil)
    case .failure(let error): (self.jwt, self.decodeError) = (nil, error)
    case nil: (self.jwt, self.decodeError) = (nil, nil)
    }
    issuer = input.issuer ?? jwt?.iss ?? input.snapshot.flatMap { $0.issuer.isEmpty ? nil : $0.issuer }
    profile = KnownProviders.profile(forIssuer: jwt?.iss ?? issuer ?? "", claims: jwt?.claims)
    discovery = input.snapshot?.discovery?.response.flatMap { DiagnosisContext.object($0.body) }
    let jwks = input.snapshot?.jwks
    keySetParse = (jwks?.response?.body ?? jwks?.failure?.response?.body).map(JWKSet.parse)
    keySet = jwks?.response == nil ? nil : try? keySetParse?.get()
  }

  /// The prefix of condition keys for this token: its `iss` without `https://`.
  var conditionPrefix: String { IAMNaming.providerHost(issuer: jwt?.iss ?? issuer ?? "<issuer>") }

  /// The AWS partition named by the role ARN or the provider ARN, when either was given.
  var partition: AWSPartition? {
    input.roleARN.flatMap(AWSPartition.of(arn:)) ?? input.providerURL.flatMap(AWSPartition.of(arn:))
  }

  /// The discovery document's `jwks_uri`.
  var jwksURI: String? { discovery?["jwks_uri"]?.stringValue ?? input.snapshot?.jwks?.url }

  static func object(_ bytes: [UInt8]) -> JSONValue? {
    guard let value = try? JSONParser.parse(bytes), case .object = value else { return nil }
    return value
  }
}

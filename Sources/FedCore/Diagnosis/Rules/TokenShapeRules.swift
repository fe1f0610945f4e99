/// `token-malformed`, `token-cleaned`, `token-encrypted`, `token-length`, `alg-unsupported`,
/// `kid-missing` (`spec/findings.md` "Token shape").
enum TokenShapeRules {
  /// The algorithms STS accepts (botocore STS model, 2025-01-10).
  static let stsAlgorithms = ["RS256", "RS384", "RS512", "ES256", "ES384", "ES512"]
  /// `WebIdentityToken` length limits (STS model `clientTokenType`).
  static let lengthRange = 4...20_000

  static func findings(_ c: DiagnosisContext) -> [Finding] {
    guard let token = c.input.token else { return [] }
    var out: [Finding] = []
    if !token.cleanings.isEmpty {
      out.append(
        Finding(
          .tokenCleaned, .info, title: "The pasted token was cleaned before decoding",
          evidence: token.cleanings.map { Evidence("cleaning", $0.rawValue) },
          fix: "Pass STS the cleaned token: no \"Bearer \" prefix, quotes or line breaks."))
    }
    out += length(token)
    if let error = c.decodeError { out += decodeFindings(error) }
    if let jwt = c.jwt { out += header(jwt) }
    return out
  }

  static func length(_ token: TokenInput) -> [Finding] {
    let n = token.compact.utf8.count
    guard !lengthRange.contains(n) else { return [] }
    let empty = n == 0
    return [
      Finding(
        .tokenLength, .error, title: empty ? "The token is empty" : "The token length is outside STS's 4–20,000 characters",
        evidence: [Evidence("length", "\(n) characters"), Evidence("allowed", "4–20000 characters")],
        awsError: AWSErrorText.tokenLength(n),
        fix: empty
          ? "The token variable is empty. On GitLab 17.0+ CI_JOB_JWT* are gone: declare id_tokens: with an aud and use that variable."
          : "Pass the OIDC ID token itself (a compact JWS), not a file path or another credential.")
    ]
  }

  static func decodeFindings(_ error: TokenDecodeError) -> [Finding] {
    switch error {
    case .empty: return []
    case .encrypted:
      return [
        Finding(
          .tokenEncrypted, .error, title: "The token is encrypted (JWE); STS needs a signed JWS",
          evidence: [Evidence("segments", "5")], awsError: AWSErrorText.invalidIdentityTokenCode,
          fix: "Request a signed ID token (JWS, three segments) from the issuer.", confidence: .observed)
      ]
    default:
      var evidence = [Evidence("problem", error.message)]
      if case .badBase64(let segment, let offset, _) = error {
        evidence += [Evidence("segment", segment.rawValue), Evidence("offset", "\(offset)")]
      }
      if case .notJSON(let segment, _) = error { evidence.append(Evidence("segment", segment.rawValue)) }
      if case .notObject(let segment, _) = error { evidence.append(Evidence("segment", segment.rawValue)) }
      if case .notUTF8(let offset) = error { evidence.append(Evidence("offset", "byte \(offset)")) }
      return [
        Finding(
          .tokenMalformed, .error, title: "The token is not a compact JWS", evidence: evidence,
          awsError: AWSErrorText.invalidIdentityTokenCode, fix: "Paste the whole ID token: header.payload.signature, base64url.",
          confidence: .observed)
      ]
    }
  }

  static func header(_ jwt: JWT) -> [Finding] {
    var out: [Finding] = []
    let alg = jwt.alg ?? "(absent)"
    if !stsAlgorithms.contains(alg) {
      out.append(
        Finding(
          .algUnsupported, .error, title: "STS does not accept alg \(alg)",
          evidence: [Evidence("alg", alg), Evidence("accepted", stsAlgorithms.joined(separator: " "))],
          awsError: AWSErrorText.verificationKey,
          fix: "Sign ID tokens with an RSA (RS256/384/512) or ECDSA (ES256/384/512) key.", confidence: .documented))
    }
    if jwt.kid == nil {
      out.append(
        Finding(
          .kidMissing, .warning, title: "The token header has no kid",
          evidence: [Evidence("header members", jwt.headerMembers.map(\.name).joined(separator: ", "))],
          fix: "Have the issuer put the signing key's kid in the header; STS matches keys by kid.",
          confidence: .unconfirmed))
    }
    return out
  }
}

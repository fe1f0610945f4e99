import FedCore

/// The built-in offline scenario of the 2021 GitLab report: a v1-shaped CI token (no `aud`,
/// bare-host `iss`, `sub` = `job_<id>`), a discovery document whose `jwks_uri` holds only the
/// application key, and the CI key published only at `/-/jwks`; the operator wants `project_id`.
/// Documents from Tests/Fixtures (gitlab.com 2024-10-01 discovery, the DERIVED pre-Nov-2021 key sets).
enum DemoData {
  static let issuer = "https://gitlab.com"
  static let ciKid = "4i3sFE7sxqNPOT7FdvcGA1ZVGGI_r-tsDXnEuYT4ZqE"
  static let appKid = "kewiQq9jiC84CvSsJYOB-N6A8WFLSV20Mb-y7IlWDSQ"
  /// 2021-10-14T12:00:00Z, while the token was fresh.
  static let now: Int64 = 1_634_212_800

  static let header = #"{"alg":"RS256","kid":"\#(ciKid)","typ":"JWT"}"#
  static let payload = """
    {"namespace_id":"1","namespace_path":"mygroup","project_id":"22","project_path":"mygroup/myproject",\
    "user_id":"42","user_login":"myuser","user_email":"myuser@example.com","pipeline_id":"1212",\
    "pipeline_source":"web","job_id":"1212","ref":"main","ref_type":"branch","ref_protected":"true",\
    "jti":"c82eeb0c-5c6f-4a33-abf5-4c474b92b558","iss":"gitlab.com","iat":\(now - 120),"nbf":\(now - 125),\
    "exp":\(now + 3480),"sub":"job_1212"}
    """

  /// A compact token with a placeholder signature (the demo never verifies it cryptographically).
  static var token: String {
    Base64URL.encode(Array(header.utf8)) + "." + Base64URL.encode(Array(payload.utf8)) + "."
      + Base64URL.encode((0..<256).map { UInt8(($0 * 37 + 11) & 0xFF) })
  }

  static let discovery = """
    {"issuer":"https://gitlab.com","authorization_endpoint":"https://gitlab.com/oauth/authorize",\
    "token_endpoint":"https://gitlab.com/oauth/token","jwks_uri":"https://gitlab.com/oauth/discovery/keys",\
    "response_types_supported":["code"],"subject_types_supported":["public"],\
    "id_token_signing_alg_values_supported":["RS256"],"claims_supported":["iss","sub","aud","exp","iat"]}
    """

  static func keySet(kid: String, n: String) -> String {
    #"{"keys":[{"kty":"RSA","kid":"\#(kid)","e":"AQAB","n":"\#(n)","use":"sig","alg":"RS256"}]}"#
  }

  static let ciN = "4cxDjTcJRJFID6UCgepPV45T1XDz_cLXSPgMur00WXB4jJrR9bfnZDx6dWqwps2dCw-lD3Fccj2oItwdRQ99In61l48MgiJaITf5JK2c63halNYiNo22_cyBG__nCkDZTZwEfGdfPRXSOWMg1E0pgGc1PoqwOdHZrQVqTcP3vWJt8bDQSOuoZBHSwVzDSjHPY6LmJMEO42H27t3ZkcYtS5crU8j2Yf-UH5U6rrSEyMdrCpc9IXe9WCmWjz5yOQa0r3U7M5OPEKD1-8wuP6_dPw0DyNO_Ei7UerVtsx5XSTd-Z5ujeB3PFVeAdtGxJ23oRNCq2MCOZBa58EGeRDLR7Q"
  static let appN = "5RyvCSgBoOGNE03CMcJ9Bzo1JDvsU8XgddvRuJtdJAIq5zJ8fiUEGCnMfAZI4of36YXBuBalIycqkgxrRkSOENRUCWN45bf8xsQCcQ8zZxozu0St4w5S-aC7N7UTTarPZTp4BZH8ttUm-VnK4aEdMx9L3Izo0hxaJ135undTuA6gQpK-0nVsm6tRVq4akDe3OhC-7b2h6z7GWJX1SD4sAD3iaq4LZa8y1mvBBz6AIM9co8R-vU1_CduxKQc3KxCnqKALbEKXm0mTGsXha9aNv3pLNRNs_J-cCjBpb1EXAe_7qOURTiIHdv8_sdjcFTJ0OTeLWywuSf7mD0Wpx2LKcD6ImENbyq5IBuR1e2ghnh5Y9H33cuQ0FRni8ikq5W3xP3HSMfwlayhIAJN_WnmbhENRU-m2_hDPiD9JYF2CrQneLkE3kcazSdtarPbg9ZDiydHbKWCV-X7HxxIKEr9N7P1V5HKatF4ZUrG60e3eBnRyccPwmT66i9NYyrcy1_ZNN8D1DY8xh9kflUDy4dSYu4R7AEWxNJWQQov525v0MjD5FNAS03rpk4SuW3Mt7IP73m-_BpmIhW3LZsnmfd8xHRjf0M9veyJD0--ETGmh8t3_CXh3I3R9IbcSEntUl_2lCvc_6B-m8W-t2nZr4wvOq9-iaTQXAn1Au6EaOYWvDRE"

  static func fetch(_ url: String, _ body: String) -> DocumentFetch {
    DocumentFetch(
      url: url,
      result: .success(FetchResponse(requestedURL: url, status: 200, headers: [HTTPHeader("content-type", "application/json")], body: Array(body.utf8))))
  }

  /// The provider side as the demo serves it, offline.
  static var snapshot: ProviderSnapshot {
    ProviderSnapshot(
      issuer: issuer,
      discovery: fetch(issuer + "/.well-known/openid-configuration", discovery),
      jwks: fetch(issuer + "/oauth/discovery/keys", keySet(kid: appKid, n: appN)),
      alternates: [fetch(issuer + "/-/jwks", keySet(kid: ciKid, n: ciN))],
      publiclyTrusted: nil, discoveryAndJWKSElapsed: nil, offline: true)
  }

  static var input: CheckInput {
    CheckInput(token: token, issuer: issuer, wantClaims: ["project_id"], now: now)
  }
}

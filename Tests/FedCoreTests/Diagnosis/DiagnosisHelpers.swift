import FedCore
import Foundation

/// Builds test tokens and snapshots for the diagnosis suites. Tokens here are unsigned test data
/// (a fake signature), except `DemoScenario.token`, which is signed by the demo CI key.
enum TestToken {
  static let now: Int64 = 1_764_098_140

  /// A compact JWS with the given header and claims (JSON object texts) and a fake signature.
  static func make(header: String = #"{"alg":"RS256","kid":"k1","typ":"JWT"}"#, claims: String) -> String {
    Base64URL.encode(Array(header.utf8)) + "." + Base64URL.encode(Array(claims.utf8)) + ".c2lnbmF0dXJl"
  }

  /// A GitLab.com-shaped ID token's claims, with overrides as raw JSON members (`"aud":"x"`),
  /// and members to drop.
  static func gitlabClaims(_ overrides: [String: String] = [:], drop: Set<String> = []) -> String {
    var members: [(String, String)] = [
      ("project_id", #""42""#), ("project_path", #""group/project""#), ("namespace_id", #""7""#),
      ("ref", #""main""#), ("ref_type", #""branch""#), ("ref_protected", #""true""#), ("pipeline_source", #""push""#),
      ("iss", #""https://gitlab.com""#), ("iat", "\(now - 60)"), ("nbf", "\(now - 65)"), ("exp", "\(now + 3540)"),
      ("sub", #""project_path:group/project:ref_type:branch:ref:main""#), ("aud", #""sts.amazonaws.com""#),
    ]
    members = members.filter { !drop.contains($0.0) }.map { ($0.0, overrides[$0.0] ?? $0.1) }
    for (k, v) in overrides where !members.contains(where: { $0.0 == k }) { members.append((k, v)) }
    return "{" + members.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
  }

  static func diagnose(
    _ token: String?, issuer: String? = nil, audiences: [String] = [], providerURL: String? = nil, wantClaims: [String] = [],
    snapshot: ProviderSnapshot? = nil, now: Int64 = now
  ) -> [Finding] {
    let input = DiagnosisInput(
      token: token.map(TokenInput.init(raw:)), issuer: issuer, audiences: audiences, providerURL: providerURL,
      wantClaims: wantClaims, snapshot: snapshot)
    return FedCore.diagnose(input, now: now)
  }
}

/// In-memory provider documents.
enum TestDocs {
  static func ok(_ url: String, _ body: String, headers: [HTTPHeader] = [], elapsed: Double = 0.1) -> DocumentFetch {
    DocumentFetch(
      url: url, result: .success(FetchResponse(requestedURL: url, status: 200, headers: headers, body: Array(body.utf8), elapsed: elapsed)))
  }

  static func failed(_ url: String, _ stage: FetchStage, _ message: String, status: Int? = nil, body: String = "") -> DocumentFetch {
    let response = status.map { FetchResponse(requestedURL: url, status: $0, body: Array(body.utf8)) }
    return DocumentFetch(url: url, result: .failure(FetchFailure(url: url, stage: stage, message: message, response: response)))
  }

  static func discovery(issuer: String, jwksURI: String) -> String {
    #"{"issuer":"\#(issuer)","jwks_uri":"\#(jwksURI)","response_types_supported":["code"]}"#
  }

  /// A snapshot whose discovery points at `jwksURI` and whose JWKS body is `jwks`.
  static func snapshot(
    issuer: String = "https://gitlab.com", discoveryIssuer: String? = nil, jwksURI: String? = nil, jwks: String,
    jwksHeaders: [HTTPHeader] = [], alternates: [DocumentFetch] = [], trusted: Bool? = true, elapsed: Double? = 0.2
  ) -> ProviderSnapshot {
    let uri = jwksURI ?? issuer + "/oauth/discovery/keys"
    return ProviderSnapshot(
      issuer: issuer,
      discovery: ok(issuer + "/.well-known/openid-configuration", discovery(issuer: discoveryIssuer ?? issuer, jwksURI: uri)),
      jwks: ok(uri, jwks, headers: jwksHeaders), alternates: alternates, publiclyTrusted: trusted, discoveryAndJWKSElapsed: elapsed)
  }

  static func fixture(_ path: String) -> String { (try? Fixtures.string(path)) ?? "" }
}

extension Array where Element == Finding {
  var ids: Set<RuleID> { Set(map(\.id)) }
  func first(_ id: RuleID) -> Finding? { first(where: { $0.id == id }) }
}

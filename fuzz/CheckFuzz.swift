/// Fuzz targets `discovery` and `check`: documents from any server through the whole offline
/// check (every diagnosis rule, the text report and the JSON report).
///
/// `discovery`: the input is the discovery document; the token and JWKS are fixed seeds.
/// `check`: the input is `token \0 discovery \0 jwks` (missing parts are absent).
/// Invariants: the text report carries no terminal control, the JSON report parses back, and
/// neither contains the token's signature segment (reports redact it).
enum CheckFuzz {
  static let seedToken =
    Base64URL.encode(Array(#"{"alg":"RS256","kid":"k1","typ":"JWT"}"#.utf8)) + "."
    + Base64URL.encode(Array(#"{"iss":"https://gitlab.com","sub":"project_path:g/p:ref_type:branch:ref:main","aud":"sts.amazonaws.com","exp":1700000300,"iat":1700000000}"#.utf8))
    + ".SIGNATURE-MARK-c2lnbmF0dXJlLW1hcmstbm90LWluLXJlcG9ydHM"
  static let seedJWKS = Array(#"{"keys":[{"kty":"RSA","kid":"k1","e":"AQAB","n":"sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw"}]}"#.utf8)
  static let seedDiscovery = Array(#"{"issuer":"https://gitlab.com","jwks_uri":"https://gitlab.com/oauth/discovery/keys"}"#.utf8)

  static func runDiscovery(_ bytes: UnsafeBufferPointer<UInt8>) {
    check(token: seedToken, discovery: Array(bytes), jwks: seedJWKS)
  }

  static func runCheck(_ bytes: UnsafeBufferPointer<UInt8>) {
    let parts = bytes.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false).map(Array.init)
    check(
      token: String(decoding: parts[0], as: UTF8.self), discovery: parts.count > 1 ? parts[1] : nil,
      jwks: parts.count > 2 ? parts[2] : nil)
  }

  static func check(token: String, discovery: [UInt8]?, jwks: [UInt8]?) {
    let options = CheckOptions(
      tokenText: token, audiences: ["sts.amazonaws.com"], wantClaims: ["project_path", "ref_protected"],
      discoveryDocument: discovery.map { .init(path: "discovery.json", bytes: $0) },
      jwksDocument: jwks.map { .init(path: "jwks.json", bytes: $0) }, now: 1_700_000_100)
    var snapshot = ProviderSnapshot(issuer: "https://gitlab.com", offline: true)
    if let discovery { snapshot.discovery = document("discovery.json", discovery) }
    if let jwks { snapshot.jwks = document("jwks.json", jwks) }
    let input = TokenInput(raw: token)
    let report = Checker.report(options, token: input, snapshot: snapshot, now: 1_700_000_100)
    verify(report, signature: TokenDecoder.decode(input).map { String($0.encodedSignature) })
  }

  static func document(_ path: String, _ bytes: [UInt8]) -> DocumentFetch {
    DocumentFetch(url: "file:" + path, result: .success(FetchResponse(requestedURL: "file:" + path, status: 200, body: bytes)))
  }

  static func verify(_ report: CheckReport, signature: Result<String, TokenDecodeError>) {
    let text = CheckReportText.plain(report)
    for line in text.split(separator: "\n") { FuzzCheck.terminalSafe(String(line), "text report line") }
    let json = report.jsonText(pretty: false)
    FuzzCheck.terminalSafe(json, "JSON report")
    FuzzCheck.require((try? JSONParser.parse(json, maxDepth: 200)) != nil, "JSON report does not parse: \(json)")
    if case .success(let sig) = signature, sig.count >= 16 {
      FuzzCheck.require(!text.contains(sig), "text report contains the signature")
      FuzzCheck.require(!json.contains(sig), "JSON report contains the signature")
    }
    _ = report.verdict
    _ = report.exitCode
  }
}

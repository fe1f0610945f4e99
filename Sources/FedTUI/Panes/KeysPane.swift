import FedCore

/// The Keys pane: the JWKS at `jwks_uri`, the alternate key locations, and which key signed
/// the token.
enum KeysPane {
  static func rows(_ m: Model) -> [InfoRow] {
    var rows: [InfoRow] = []
    let kid = m.jwt?.kid
    rows.append(.section("Token"))
    rows.append(.item("alg", m.jwt?.alg ?? "(none)"))
    rows.append(.item("kid", kid ?? "(none)"))
    guard let snap = m.outcome?.snapshot else {
      rows.append(.note(m.jobs.isEmpty ? "No key set fetched yet." : "Fetching…"))
      return rows
    }
    rows.append(signatureRow(m.outcome?.findings ?? []))
    rows.append(.section("jwks_uri"))
    rows += setRows(snap.jwks, kid: kid)
    if !snap.alternates.isEmpty {
      rows.append(.section("Alternate key locations"))
      for alt in snap.alternates { rows += setRows(alt, kid: kid) }
    }
    return rows
  }

  /// What the check says about the signature, from its findings.
  static func signatureRow(_ findings: [Finding]) -> InfoRow {
    let ids = Set(findings.map(\.id))
    if ids.contains(.signatureVerified) { return .item("signature", "verified", style: .ok) }
    if ids.contains(.signatureInvalid) { return .item("signature", "does not verify", style: .error) }
    if ids.contains(.jwksKidNotFound) { return .item("signature", "the kid is not in the jwks_uri set", style: .error) }
    if ids.contains(.keyAlgMismatch) { return .item("signature", "the key cannot produce the token's alg", style: .error) }
    return .item("signature", "not verified", style: .warning)
  }

  /// The URL, its status and one row per key.
  static func setRows(_ fetch: DocumentFetch?, kid: String?) -> [InfoRow] {
    guard let fetch else { return [.note("not fetched (discovery did not give a jwks_uri)")] }
    guard case .success(let response) = fetch.result else {
      return [.item("url", fetch.url), .item("failed", fetch.failure.map { "\($0.stage.rawValue): \($0.message)" } ?? "", style: .error)]
    }
    var rows: [InfoRow] = [.item("url", fetch.url + "  (HTTP \(response.status))")]
    guard let doc = try? JSONParser.parse(response.body), let keys = doc["keys"]?.arrayValue else {
      return rows + [.note("not a key set", style: .error)]
    }
    if keys.isEmpty { rows.append(.note("no keys")) }
    for key in keys.prefix(500) { rows.append(keyRow(key, tokenKid: kid)) }
    return rows
  }

  static func keyRow(_ key: JSONValue, tokenKid: String?) -> InfoRow {
    let kid = key["kid"]?.stringValue
    var facts = [key["kty"]?.stringValue ?? "?"]
    if let n = key["n"]?.stringValue { facts = [rsaSize(n)] }
    if let crv = key["crv"]?.stringValue { facts.append(crv) }
    if let alg = key["alg"]?.stringValue { facts.append(alg) }
    if let use = key["use"]?.stringValue { facts.append("use=" + use) }
    let signs = kid != nil && kid == tokenKid
    let value = (kid ?? "(no kid)") + "  " + facts.joined(separator: " ")
    return .item(signs ? "token's key" : "key", value, style: signs ? .ok : .plain, copy: kid ?? "")
  }

  /// "RSA-2048" from a modulus in base64url (a leading zero octet ignored).
  static func rsaSize(_ n: String) -> String {
    let bytes = (try? Base64URL.decode(n)) ?? []
    return "RSA-\(bytes.drop(while: { $0 == 0 }).count * 8)"
  }

  static func render(_ screen: inout Screen, _ rect: Rect, _ m: Model) {
    ProviderPane.render(&screen, rect, m, pane: .keys)
  }
}

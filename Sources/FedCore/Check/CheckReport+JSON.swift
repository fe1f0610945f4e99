/// The `--format json` shape of `spec/product.md`: `{"verdict","token":{"header","claims"},
/// "issuer":{…},"keys":{…},"findings":[{"id","severity","title","evidence","awsError","fix"}]}`.
/// Keys may be added, never renamed. The signature is never included, nor the compact token.
extension CheckReport {
  /// The report as one JSON object.
  public func json() -> JSONValue {
    withAWS([
      JSONMember("verdict", .string(verdict.rawValue)),
      JSONMember("assumptions", .array(shownAssumptions.map { .string(VerdictAssumptions.sentence($0)) })),
      JSONMember("now", .integer(now)),
      JSONMember("token", tokenJSON()),
      JSONMember("issuer", issuerJSON()),
      JSONMember("keys", keysJSON()),
      JSONMember("findings", .array(findings.map(Self.findingJSON))),
      JSONMember(
        "counts",
        .object(Severity.allCases.map { JSONMember($0.rawValue, .integer(Int64(findings.count($0)))) })),
    ])
  }

  /// The JSON text, pretty or compact.
  public func jsonText(pretty: Bool = true) -> String { JSONWriter.string(json(), pretty: pretty) }

  static func findingJSON(_ f: Finding) -> JSONValue {
    .object([
      JSONMember("id", .string(f.id.rawValue)),
      JSONMember("severity", .string(f.severity.rawValue)),
      JSONMember("title", .string(f.title)),
      JSONMember(
        "evidence",
        .array(f.evidence.map { .object([JSONMember("label", .string($0.label)), JSONMember("value", .string($0.value))]) })),
      JSONMember("awsError", f.awsError.map(JSONValue.string) ?? .null),
      JSONMember("fix", f.fix.map(JSONValue.string) ?? .null),
      JSONMember("confidence", .string(f.confidence.rawValue)),
      JSONMember("uncertainty", f.uncertainty.map(JSONValue.string) ?? .null),
      JSONMember("fixCommands", .array(f.fixCommands.map(JSONValue.string))),
    ])
  }

  func tokenJSON() -> JSONValue {
    switch decoded {
    case nil: return .null
    case .failure(let error): return .object([JSONMember("error", .string(error.message))])
    case .success(let jwt):
      return .object([
        JSONMember("header", jwt.header), JSONMember("claims", jwt.claims),
        JSONMember("signatureBytes", .integer(Int64(jwt.signature.count))),
      ])
    }
  }

  func issuerJSON() -> JSONValue {
    let p = profile
    var members = [
      JSONMember("url", (input.issuer ?? jwt?.iss ?? snapshot?.issuer).map(JSONValue.string) ?? .null),
      JSONMember("provider", .string(p.name)), JSONMember("kind", .string(p.kind.rawValue)),
      JSONMember("sharedIssuer", .bool(p.sharedIssuer)),
      JSONMember("conditionKeyPrefix", .string(IAMNaming.providerHost(issuer: jwt?.iss ?? input.issuer ?? ""))),
      JSONMember("discovery", Self.fetchJSON(snapshot?.discovery)),
    ]
    if let doc = discoveryDocument {
      members.append(JSONMember("discoveryIssuer", doc["issuer"] ?? .null))
      members.append(JSONMember("jwksURI", doc["jwks_uri"] ?? .null))
    }
    if let trusted = snapshot?.publiclyTrusted { members.append(JSONMember("publiclyTrusted", .bool(trusted))) }
    if let elapsed = snapshot?.discoveryAndJWKSElapsed { members.append(JSONMember("elapsedSeconds", .float(elapsed))) }
    return .object(members)
  }

  func keysJSON() -> JSONValue {
    let kid = jwt?.kid
    let keys = keySet
    return .object([
      JSONMember("tokenKid", kid.map(JSONValue.string) ?? .null),
      JSONMember("jwks", Self.fetchJSON(snapshot?.jwks)),
      JSONMember("kids", keys.map { .array($0.kids.map(JSONValue.string)) } ?? .null),
      JSONMember("kidFound", kid.flatMap { k in keys.map { .bool(!$0.keys(withKid: k).isEmpty) } } ?? .null),
      JSONMember("set", keys.map { .array($0.keys.map(Self.keyJSON)) } ?? .null),
      JSONMember("alternates", .array((snapshot?.alternates ?? []).map(Self.alternateJSON))),
    ])
  }

  /// One JWK's identifying facts (never the key material).
  static func keyJSON(_ key: JWK) -> JSONValue {
    let optional = { (s: String?) in s.map(JSONValue.string) ?? .null }
    return .object([
      JSONMember("kid", optional(key.kid)), JSONMember("kty", optional(key.kty)), JSONMember("alg", optional(key.alg)),
      JSONMember("use", optional(key.use)), JSONMember("crv", optional(key.crv)),
      JSONMember("bits", key.rsaModulusBits.map { .integer(Int64($0)) } ?? .null),
      JSONMember("thumbprint", optional(key.thumbprint)),
    ])
  }

  static func fetchJSON(_ fetch: DocumentFetch?) -> JSONValue {
    guard let fetch else { return .null }
    var members = [JSONMember("url", .string(fetch.url))]
    switch fetch.result {
    case .success(let r):
      members += [JSONMember("status", .integer(Int64(r.status))), JSONMember("elapsedSeconds", .float(r.elapsed))]
      if !r.redirects.isEmpty { members.append(JSONMember("redirects", .array(r.redirects.map { .string($0.to) }))) }
    case .failure(let f):
      members += [JSONMember("stage", .string(f.stage.rawValue)), JSONMember("error", .string(f.message))]
    }
    return .object(members)
  }

  static func alternateJSON(_ fetch: DocumentFetch) -> JSONValue {
    var members = [JSONMember("url", .string(fetch.url))]
    if let body = fetch.response?.body, case .success(let set) = JWKSet.parse(body) {
      members.append(JSONMember("kids", .array(set.kids.map(JSONValue.string))))
    } else if let f = fetch.failure {
      members.append(JSONMember("error", .string(f.message)))
    } else {
      members.append(JSONMember("error", .string("not a JWKS")))
    }
    return .object(members)
  }
}

/// Builds a `JWK` from one element of a JWKS `keys` array (RFC 7517 §4, RFC 7518 §6, RFC 8037 §2).
enum JWKParser {
  /// Private-key members that a published set must not carry (RFC 7518 §6.2.2, §6.3.2, §6.4).
  static let privateMembers = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"]

  static func parse(_ value: JSONValue, index: Int) -> JWK {
    guard case .object = value else {
      return JWK(index: index, members: value, material: nil, problems: [.notObject(found: value.typeName)], thumbprint: nil)
    }
    var problems: [JWKProblem] = []
    checkStringMembers(value, problems: &problems)
    if value["kid"] == nil { problems.append(.missingKid) }
    let material = decodeMaterial(value, problems: &problems)
    if case .rsa(let n, _) = material {
      let bits = JWKMaterial.bitLength(n)
      if bits < 2048 { problems.append(.weakRSAKey(bits: bits)) }
    }
    let secrets = privateMembers.filter { value[$0] != nil }
    if !secrets.isEmpty { problems.append(.privateMaterial(secrets)) }
    let thumbprint = JWKThumbprint.sha256(of: value)
    return JWK(index: index, members: value, material: material, problems: problems, thumbprint: thumbprint)
  }

  /// `kid`, `alg`, `use` and `kty` must be strings when present (RFC 7517 §4.1–4.5).
  static func checkStringMembers(_ value: JSONValue, problems: inout [JWKProblem]) {
    for name in ["kty", "kid", "alg", "use"] {
      if let member = value[name], member.stringValue == nil {
        problems.append(.wrongType(member: name, found: member.typeName))
      }
    }
  }

  static func decodeMaterial(_ value: JSONValue, problems: inout [JWKProblem]) -> JWKMaterial? {
    guard let kty = value["kty"] else {
      problems.append(.missingKty)
      return nil
    }
    guard let name = kty.stringValue else { return nil }
    switch name {
    case "RSA": return decodeRSA(value, problems: &problems)
    case "EC", "OKP": return decodeCurveKey(value, kty: name, problems: &problems)
    default:
      problems.append(.unknownKty(name))
      return nil
    }
  }

  static func decodeRSA(_ value: JSONValue, problems: inout [JWKProblem]) -> JWKMaterial? {
    let n = bytes(of: "n", in: value, problems: &problems)
    let e = bytes(of: "e", in: value, problems: &problems)
    guard let n, let e else { return nil }
    let bits = RSAExponent.bits(e)
    if bits > Limits.rsaExponentBits {
      problems.append(.exponentTooLarge(bits: bits))
      return nil
    }
    return .rsa(n: n, e: e)
  }

  static func decodeCurveKey(_ value: JSONValue, kty: String, problems: inout [JWKProblem]) -> JWKMaterial? {
    guard let crvValue = value["crv"] else {
      problems.append(.missingMember("crv"))
      return nil
    }
    guard let crvName = crvValue.stringValue else {
      problems.append(.wrongType(member: "crv", found: crvValue.typeName))
      return nil
    }
    guard let curve = JWKCurve(rawValue: crvName), curve.keyType == kty else {
      problems.append(.unknownCurve(crvName))
      return nil
    }
    let x = coordinate("x", of: curve, in: value, problems: &problems)
    if kty == "OKP" { return x.map { .okp(curve: curve, x: $0) } }
    let y = coordinate("y", of: curve, in: value, problems: &problems)
    guard let x, let y else { return nil }
    return .ec(curve: curve, x: x, y: y)
  }

  static func coordinate(_ name: String, of curve: JWKCurve, in value: JSONValue, problems: inout [JWKProblem]) -> [UInt8]? {
    guard let bytes = bytes(of: name, in: value, problems: &problems) else { return nil }
    guard bytes.count == curve.coordinateSize else {
      problems.append(.wrongCoordinateLength(member: name, expected: curve.coordinateSize, found: bytes.count))
      return nil
    }
    return bytes
  }

  /// The base64url-decoded value of a required string member, or nil with a problem recorded.
  static func bytes(of name: String, in value: JSONValue, problems: inout [JWKProblem]) -> [UInt8]? {
    guard let member = value[name] else {
      problems.append(.missingMember(name))
      return nil
    }
    guard let text = member.stringValue else {
      problems.append(.wrongType(member: name, found: member.typeName))
      return nil
    }
    do {
      return try Base64URL.decode(text)
    } catch {
      problems.append(.badBase64(member: name, offset: error.offset))
      return nil
    }
  }
}

/// The facts about a JWKS (RFC 7517 §5) that the rules need: each key's `kid`, type and size.
/// Parsing here is deliberately shallow; key import and verification live in `Keys/`.
public struct KeySetSummary: Sendable, Equatable {
  /// One JWK's identifying members.
  public struct Key: Sendable, Equatable {
    public var kid: String?
    public var kty: String?
    public var crv: String?
    public var alg: String?
    /// RSA modulus size in bits (nil for other key types or an unreadable `n`).
    public var rsaBits: Int?
    /// The JWK object as served.
    public var json: JSONValue
  }

  public var keys: [Key]

  /// Why bytes are not a usable JWKS (`jwks-invalid`).
  public enum ParseError: Error, Sendable, Equatable {
    case notJSON(String)
    case noKeysArray
    case empty
  }

  /// Parses a JWKS body.
  public static func parse(_ bytes: [UInt8]) -> Result<KeySetSummary, ParseError> {
    let value: JSONValue
    do { value = try JSONParser.parse(bytes) } catch { return .failure(.notJSON(error.description)) }
    guard let array = value["keys"]?.arrayValue else { return .failure(.noKeysArray) }
    let keys = array.compactMap { element -> Key? in
      guard element.objectMembers != nil else { return nil }
      return Key(
        kid: element["kid"]?.stringValue, kty: element["kty"]?.stringValue, crv: element["crv"]?.stringValue,
        alg: element["alg"]?.stringValue, rsaBits: element["n"]?.stringValue.flatMap(modulusBits), json: element)
    }
    return keys.isEmpty ? .failure(.empty) : .success(KeySetSummary(keys: keys))
  }

  /// Every `kid` in the set, in order (keys without one are left out).
  public var kids: [String] { keys.compactMap(\.kid) }

  /// The key whose `kid` equals `kid` exactly (STS matches by string equality).
  public func key(kid: String) -> Key? { keys.first(where: { $0.kid == kid }) }

  static func modulusBits(_ n: String) -> Int? {
    guard var bytes = try? Base64URL.decode(n) else { return nil }
    while let first = bytes.first, first == 0 { bytes.removeFirst() }
    guard let first = bytes.first else { return nil }
    return (bytes.count - 1) * 8 + (8 - first.leadingZeroBitCount)
  }
}

/// A JSON Web Key Set (RFC 7517 §5) as a provider serves it at `jwks_uri`.
///
/// Parsed from bytes; each key keeps its raw members and its own problems. Only a document
/// that is not JSON, has no `keys` array, or has no usable key is refused (rule `jwks-invalid`).
public struct JWKSet: Sendable, Equatable {
  /// STS allows at most 100 RSA keys and 100 EC keys in a set (aws-oidc-rules §3).
  public static let stsMaxKeysPerType = 100

  /// Every element of `keys`, usable or not, in document order.
  public let keys: [JWK]
  /// The whole document, with members in order.
  public let document: JSONValue

  public init(keys: [JWK], document: JSONValue) {
    self.keys = keys
    self.document = document
  }

  /// Parses a JWKS document.
  public static func parse(_ bytes: [UInt8]) -> Result<JWKSet, JWKSetError> {
    let document: JSONValue
    do {
      document = try JSONParser.parse(bytes)
    } catch {
      return .failure(.notJSON(error))
    }
    guard case .object = document else { return .failure(.notObject(found: document.typeName)) }
    guard let keysValue = document["keys"] else { return .failure(.noKeysArray(found: nil)) }
    guard let elements = keysValue.arrayValue else { return .failure(.noKeysArray(found: keysValue.typeName)) }
    let keys = markDuplicateKids(elements.enumerated().map { JWKParser.parse($1, index: $0) })
    let set = JWKSet(keys: keys, document: document)
    guard keys.contains(where: \.isUsable) else { return .failure(.noUsableKey(keys)) }
    return .success(set)
  }

  /// Adds `duplicateKid` to every key whose `kid` an earlier key already has.
  static func markDuplicateKids(_ keys: [JWK]) -> [JWK] {
    var first: [String: Int] = [:]
    return keys.map { key in
      guard let kid = key.kid else { return key }
      if let earlier = first[kid] { return key.withProblem(.duplicateKid(firstIndex: earlier)) }
      first[kid] = key.index
      return key
    }
  }

  /// The `kid` of every key that has one, in order (duplicates kept).
  public var kids: [String] { keys.compactMap(\.kid) }

  /// Keys whose `kid` is exactly `kid` (string equality, as STS matches).
  public func keys(withKid kid: String) -> [JWK] { keys.filter { $0.kid == kid } }

  /// Keys that can take part in verification.
  public var usableKeys: [JWK] { keys.filter(\.isUsable) }

  /// Number of keys with `kty` `RSA` (STS allows at most 100).
  public var rsaCount: Int { keys.count(where: { $0.kty == "RSA" }) }
  /// Number of keys with `kty` `EC` (STS allows at most 100).
  public var ecCount: Int { keys.count(where: { $0.kty == "EC" }) }

  /// Whether the set exceeds the STS limit of 100 RSA or 100 EC keys (rule `jwks-too-many-keys`).
  public var exceedsSTSKeyLimit: Bool { rsaCount > Self.stsMaxKeysPerType || ecCount > Self.stsMaxKeysPerType }

  /// Keys that have at least one problem, for evidence.
  public var keysWithProblems: [JWK] { keys.filter { !$0.problems.isEmpty } }
}

/// Why a JWKS document was refused as a whole (rule `jwks-invalid`).
public enum JWKSetError: Error, Sendable, Equatable {
  /// The bytes are not JSON; the parse error has the offset.
  case notJSON(JSONParseError)
  /// The document is JSON but not an object (found: its JSON type).
  case notObject(found: String)
  /// No `keys` member (found: nil), or it is not an array (found: its JSON type).
  case noKeysArray(found: String?)
  /// `keys` holds no usable key; every key is listed with its problems (empty when `keys` is `[]`).
  case noUsableKey([JWK])
}

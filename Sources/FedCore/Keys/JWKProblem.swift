/// Something wrong with one key of a set (RFC 7517 §4, RFC 7518 §6). A problem is reported on
/// the key it concerns; it never rejects the whole set.
public enum JWKProblem: Sendable, Equatable, Hashable {
  /// The element of `keys` is not a JSON object.
  case notObject(found: String)
  /// No `kid` member. STS matches the token's `kid` against it (rule `jwks-key-without-kid`).
  case missingKid
  /// `kty` is absent.
  case missingKty
  /// `kty` names a type FedTUI cannot verify with (`oct`, or unknown).
  case unknownKty(String)
  /// `crv` names a curve FedTUI cannot verify with (for example `secp256k1`, `X25519`).
  case unknownCurve(String)
  /// A member the key type requires is absent (`n`, `e`, `crv`, `x`, `y`).
  case missingMember(String)
  /// A member has the wrong JSON type (for example a numeric `kid`).
  case wrongType(member: String, found: String)
  /// A member is not base64url; `offset` is that of the first bad character in its value.
  case badBase64(member: String, offset: Int)
  /// An EC or OKP coordinate is not exactly the curve's size (RFC 7518 §6.2.1.2).
  case wrongCoordinateLength(member: String, expected: Int, found: Int)
  /// RSA modulus under 2048 bits (RFC 7518 §3.3; rule `jwks-weak-key`). The key stays usable.
  case weakRSAKey(bits: Int)
  /// The key publishes private material (`d`, `p`, `q`, ...). It stays usable for verification.
  case privateMaterial([String])
  /// The RSA public exponent is longer than `Limits.rsaExponentBits` (rule `jwks-exponent-too-large`).
  case exponentTooLarge(bits: Int)
  /// Another key earlier in the set has the same `kid` (at index `firstIndex`).
  case duplicateKid(firstIndex: Int)

  /// Whether the key cannot be used to verify anything because of this problem. (A wrongly
  /// typed member that the material needs also leaves the material undecoded.)
  public var makesKeyUnusable: Bool {
    switch self {
    case .missingKid, .wrongType, .weakRSAKey, .privateMaterial, .duplicateKid: false
    default: true
    }
  }
}

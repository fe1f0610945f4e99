/// One JSON Web Key of a set (RFC 7517 §4), with its raw members, its decoded public material
/// and every problem found in it.
///
/// Parsing never fails: a key that cannot be used says why in `problems`. The imported
/// libcrypto key is cached per key (and shared by copies), created on first verification.
public struct JWK: Sendable {
  /// Position in the set's `keys` array.
  public let index: Int
  /// `kty` as written, when it is a string.
  public let kty: String?
  /// `kid` as written, when it is a string (the empty string is a valid `kid`).
  public let kid: String?
  /// `alg` as written, when it is a string.
  public let alg: String?
  /// `use` as written, when it is a string.
  public let use: String?
  /// `crv` as written, when it is a string.
  public let crv: String?
  /// Every member of the key, in document order and with their JSON types.
  public let members: JSONValue
  /// The decoded public key material, when every required member decoded.
  public let material: JWKMaterial?
  /// Problems found in this key, in the order they were found.
  public let problems: [JWKProblem]
  /// RFC 7638 SHA-256 thumbprint, base64url, when the required members are present.
  public let thumbprint: String?

  let cache: PublicKeyCache

  init(
    index: Int, members: JSONValue, material: JWKMaterial?, problems: [JWKProblem], thumbprint: String?
  ) {
    self.index = index
    self.members = members
    self.kty = members["kty"]?.stringValue
    self.kid = members["kid"]?.stringValue
    self.alg = members["alg"]?.stringValue
    self.use = members["use"]?.stringValue
    self.crv = members["crv"]?.stringValue
    self.material = material
    self.problems = problems
    self.thumbprint = thumbprint
    self.cache = PublicKeyCache()
  }

  /// RSA modulus size in bits (leading zero bytes ignored), for RSA keys whose `n` decoded.
  public var rsaModulusBits: Int? {
    guard case .rsa(let n, _) = material else { return nil }
    return JWKMaterial.bitLength(n)
  }

  /// Whether the key can take part in verification: its material decoded and no problem
  /// makes it unusable (a missing `kid` or a weak RSA key does not).
  public var isUsable: Bool { material != nil && !problems.contains(where: \.makesKeyUnusable) }

  /// A reference to this key for outcomes and evidence.
  public var reference: KeyReference { KeyReference(index: index, kid: kid) }

  /// A copy with one more problem (set-level checks such as duplicate `kid`s add them).
  func withProblem(_ problem: JWKProblem) -> JWK {
    JWK(index: index, members: members, material: material, problems: problems + [problem], thumbprint: thumbprint)
  }
}

extension JWK: Equatable {
  /// Keys are equal when their position, members, material and problems are; the cache is ignored.
  public static func == (a: JWK, b: JWK) -> Bool {
    a.index == b.index && a.members == b.members && a.material == b.material && a.problems == b.problems
      && a.thumbprint == b.thumbprint
  }
}

/// The decoded public material of a key (RFC 7518 §6.2.1, §6.3.1; RFC 8037 §2).
public enum JWKMaterial: Sendable, Equatable {
  /// Big-endian modulus and public exponent.
  case rsa(n: [UInt8], e: [UInt8])
  /// An EC public point; both coordinates exactly `curve.coordinateSize` bytes.
  case ec(curve: JWKCurve, x: [UInt8], y: [UInt8])
  /// An OKP public key (`x`).
  case okp(curve: JWKCurve, x: [UInt8])

  /// The curve, for EC and OKP keys.
  public var curve: JWKCurve? {
    switch self {
    case .rsa: nil
    case .ec(let curve, _, _), .okp(let curve, _): curve
    }
  }

  /// Number of significant bits of a big-endian unsigned integer.
  static func bitLength(_ bytes: [UInt8]) -> Int {
    guard let first = bytes.firstIndex(where: { $0 != 0 }) else { return 0 }
    let lead = bytes[first]
    return (bytes.count - first - 1) * 8 + (8 - lead.leadingZeroBitCount)
  }
}

/// Which key of a set: its position and its `kid`.
public struct KeyReference: Sendable, Equatable, Hashable {
  public var index: Int
  public var kid: String?
  public init(index: Int, kid: String?) {
    self.index = index
    self.kid = kid
  }
}

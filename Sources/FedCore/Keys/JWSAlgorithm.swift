/// A JWS signature algorithm FedTUI can verify (RFC 7518 §3.1, RFC 8037 §3.1 for EdDSA).
///
/// `none` and the HMAC algorithms (HS*) are deliberately absent: a public key set cannot
/// verify them, and STS refuses them.
public enum JWSAlgorithm: String, Sendable, Equatable, Hashable, CaseIterable {
  case rs256 = "RS256"
  case rs384 = "RS384"
  case rs512 = "RS512"
  case ps256 = "PS256"
  case ps384 = "PS384"
  case ps512 = "PS512"
  case es256 = "ES256"
  case es384 = "ES384"
  case es512 = "ES512"
  case eddsa = "EdDSA"

  /// The signature scheme family, which decides the key type a key must have.
  public enum Family: Sendable, Equatable {
    /// RSASSA-PKCS1-v1_5 (RFC 7518 §3.3).
    case rsaPKCS1
    /// RSASSA-PSS with MGF1 and a salt as long as the digest (RFC 7518 §3.5).
    case rsaPSS
    /// ECDSA with the signature as the fixed-width `r || s` (RFC 7518 §3.4).
    case ecdsa
    /// EdDSA over Ed25519 (RFC 8037 §3.1).
    case eddsa
  }

  /// The digest used, or nil for EdDSA (which hashes internally).
  public enum DigestName: String, Sendable, Equatable {
    case sha256 = "SHA256"
    case sha384 = "SHA384"
    case sha512 = "SHA512"
  }

  public var family: Family {
    switch self {
    case .rs256, .rs384, .rs512: .rsaPKCS1
    case .ps256, .ps384, .ps512: .rsaPSS
    case .es256, .es384, .es512: .ecdsa
    case .eddsa: .eddsa
    }
  }

  public var digest: DigestName? {
    switch self {
    case .rs256, .ps256, .es256: .sha256
    case .rs384, .ps384, .es384: .sha384
    case .rs512, .ps512, .es512: .sha512
    case .eddsa: nil
    }
  }

  /// The `kty` a key needs to produce this algorithm (RFC 7518 §6.1, RFC 8037 §2).
  public var keyType: String {
    switch family {
    case .rsaPKCS1, .rsaPSS: "RSA"
    case .ecdsa: "EC"
    case .eddsa: "OKP"
    }
  }

  /// The `crv` a key needs (ES256 → P-256, ES384 → P-384, ES512 → P-521, EdDSA → Ed25519), if any.
  public var curve: JWKCurve? {
    switch self {
    case .es256: .p256
    case .es384: .p384
    case .es512: .p521
    case .eddsa: .ed25519
    default: nil
    }
  }

  /// Whether STS accepts tokens signed with this algorithm (RS256/384/512, ES256/384/512 only).
  public var isAcceptedBySTS: Bool { family == .rsaPKCS1 || family == .ecdsa }
}

/// A curve FedTUI can import: the NIST curves of RFC 7518 §6.2.1.1 and Ed25519 of RFC 8037.
public enum JWKCurve: String, Sendable, Equatable, Hashable, CaseIterable {
  case p256 = "P-256"
  case p384 = "P-384"
  case p521 = "P-521"
  case ed25519 = "Ed25519"

  /// Bytes per coordinate (`x`, `y`) and per half of an ECDSA signature (`r`, `s`).
  public var coordinateSize: Int {
    switch self {
    case .p256: 32
    case .p384: 48
    case .p521: 66
    case .ed25519: 32
    }
  }

  /// The `kty` a key on this curve has.
  public var keyType: String { self == .ed25519 ? "OKP" : "EC" }

  /// OpenSSL's group name for EC curves.
  var openSSLGroup: String {
    switch self {
    case .p256: "prime256v1"
    case .p384: "secp384r1"
    case .p521: "secp521r1"
    case .ed25519: "ED25519"
    }
  }
}

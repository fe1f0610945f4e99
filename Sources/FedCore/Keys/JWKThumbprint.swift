/// RFC 7638 JWK thumbprints: SHA-256 over the required members, in lexicographic order,
/// without whitespace, base64url-encoded.
public enum JWKThumbprint {
  /// The required members per `kty` (RFC 7638 §3.2, RFC 8037 §2), already sorted.
  static func requiredMembers(kty: String) -> [String]? {
    switch kty {
    case "RSA": ["e", "kty", "n"]
    case "EC": ["crv", "kty", "x", "y"]
    case "OKP": ["crv", "kty", "x"]
    case "oct": ["k", "kty"]
    default: nil
    }
  }

  /// The canonical JSON the thumbprint hashes, or nil when `kty` is unknown or a required
  /// member is absent or not a string. Values are used as written (RFC 7638 §3.3).
  public static func canonicalJSON(of key: JSONValue) -> String? {
    guard let kty = key["kty"]?.stringValue, let names = requiredMembers(kty: kty) else { return nil }
    var out = "{"
    for (i, name) in names.enumerated() {
      guard let value = key[name]?.stringValue else { return nil }
      if i > 0 { out += "," }
      JSONWriter.writeString(name, into: &out)
      out += ":"
      JSONWriter.writeString(value, into: &out)
    }
    return out + "}"
  }

  /// The base64url SHA-256 thumbprint of a key (RFC 7638 §3.1), or nil (see `canonicalJSON`).
  public static func sha256(of key: JSONValue) -> String? {
    guard let json = canonicalJSON(of: key) else { return nil }
    return Base64URL.encode(LibCryptoDigest.sha256(Array(json.utf8)))
  }
}

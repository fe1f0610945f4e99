/// A decoded compact JWS (RFC 7515 §7.1): header and claims with their JSON types and order.
///
/// Decoding does not verify anything; see `SignatureVerifier` and `diagnose`.
public struct JWT: Sendable, Equatable {
  /// The cleaned compact serialisation (`header.payload.signature`).
  public let compact: String
  /// The JOSE header, always a JSON object.
  public let header: JSONValue
  /// The claims set, always a JSON object.
  public let claims: JSONValue
  /// The signature bytes (empty for an unsecured token).
  public let signature: [UInt8]
  /// How the pasted text was cleaned before decoding.
  public let cleanings: [TokenInput.Cleaning]

  public init(compact: String, header: JSONValue, claims: JSONValue, signature: [UInt8], cleanings: [TokenInput.Cleaning] = []) {
    self.compact = compact
    self.header = header
    self.claims = claims
    self.signature = signature
    self.cleanings = cleanings
  }

  /// The bytes the signature covers: ASCII(BASE64URL(header) || '.' || BASE64URL(payload)).
  public var signingInput: Substring.UTF8View {
    let end = lastDot ?? compact.endIndex
    return compact[..<end].utf8
  }

  /// The encoded signature segment.
  public var encodedSignature: Substring {
    guard let dot = lastDot else { return "" }
    return compact[compact.utf8.index(after: dot)...]
  }

  /// The last `.`, found on the UTF-8 bytes (a grapheme-wise search costs as much as an RSA
  /// verification here; `.` is ASCII, so both find the same separator in a compact JWS).
  var lastDot: String.Index? { compact.utf8.lastIndex(of: UInt8(ascii: ".")) }

  /// Header members in order.
  public var headerMembers: [JSONMember] { header.objectMembers ?? [] }
  /// Claims in order.
  public var claimMembers: [JSONMember] { claims.objectMembers ?? [] }

  // MARK: Typed accessors

  public var alg: String? { header["alg"]?.stringValue }
  public var kid: String? { header["kid"]?.stringValue }
  public var typ: String? { header["typ"]?.stringValue }
  public var iss: String? { claims["iss"]?.stringValue }
  public var sub: String? { claims["sub"]?.stringValue }
  public var azp: String? { claims["azp"]?.stringValue }
  public var aud: Audience? { claims["aud"].map(Audience.init) }
  public var exp: TimeClaim? { claims["exp"].map(TimeClaim.init) }
  public var nbf: TimeClaim? { claims["nbf"].map(TimeClaim.init) }
  public var iat: TimeClaim? { claims["iat"].map(TimeClaim.init) }
}

/// The `aud` claim: a string, an array of strings, or something else (which STS refuses).
public enum Audience: Sendable, Equatable {
  case single(String)
  case multiple([String])
  case invalid(JSONValue)

  public init(_ value: JSONValue) {
    switch value {
    case .string(let s): self = .single(s)
    case .array(let elements):
      let strings = elements.compactMap(\.stringValue)
      self = strings.count == elements.count ? .multiple(strings) : .invalid(value)
    default: self = .invalid(value)
    }
  }

  /// Every audience value as a string list (empty for `.invalid`).
  public var values: [String] {
    switch self {
    case .single(let s): [s]
    case .multiple(let a): a
    case .invalid: []
    }
  }
}

/// A NumericDate claim (`exp`, `nbf`, `iat`): RFC 7519 allows non-integers, STS does not.
public enum TimeClaim: Sendable, Equatable {
  case integer(Int64)
  /// Present but not an integer: a float, a string, or another type.
  case notInteger(JSONValue)

  public init(_ value: JSONValue) {
    if case .integer(let i) = value { self = .integer(i) } else { self = .notInteger(value) }
  }

  /// Seconds since the epoch when the value is numeric (a float is truncated).
  public var seconds: Int64? {
    switch self {
    case .integer(let i): return i
    case .notInteger(let v):
      guard let d = v.numberValue, d.isFinite, abs(d) < 9e15 else { return nil }
      return Int64(d)
    }
  }
}

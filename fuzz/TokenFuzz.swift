/// Fuzz target `token`: pasted text through cleaning and decoding, then every accessor the
/// diagnosis and the screens use. An input starting with `{` is taken as a claims set and
/// wrapped into a token first, so that mutations reach the claim accessors directly.
enum TokenFuzz {
  static let header = Base64URL.encode(Array(#"{"alg":"RS256","kid":"k1"}"#.utf8))

  static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
    let text: String
    if bytes.first == UInt8(ascii: "{") {
      text = header + "." + Base64URL.encode(bytes) + ".c2ln"
    } else {
      text = String(decoding: bytes, as: UTF8.self)
    }
    switch TokenDecoder.decode(text) {
    case .failure(let error):
      FuzzCheck.terminalSafe(TextSafety.escaped(error.message), "escaped decode error")
      if case .badBase64(_, let offset, let segmentOffset) = error {
        FuzzCheck.require(offset >= segmentOffset && segmentOffset >= 0, "bad base64 offsets \(offset) \(segmentOffset)")
      }
    case .success(let jwt):
      inspect(jwt)
    }
  }

  static func inspect(_ jwt: JWT) {
    _ = (jwt.alg, jwt.kid, jwt.typ, jwt.iss, jwt.sub, jwt.azp)
    _ = jwt.aud?.values
    for time in [jwt.exp, jwt.nbf, jwt.iat] {
      if let seconds = time?.seconds {
        _ = TimeFormat.utc(seconds)
        _ = TimeFormat.relative(seconds, now: 1_700_000_000)
      }
    }
    _ = Array(jwt.signingInput)
    _ = jwt.encodedSignature
    for member in jwt.headerMembers + jwt.claimMembers {
      FuzzCheck.terminalSafe(TextSafety.escaped(member.name), "escaped claim name")
      if let s = member.value.stringValue { FuzzCheck.terminalSafe(TextSafety.escaped(s), "escaped claim value") }
    }
    FuzzCheck.writerRoundTrip(jwt.claims)
    FuzzCheck.writerRoundTrip(jwt.header)
  }
}

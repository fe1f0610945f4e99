/// Why pasted text is not a usable compact JWS. A value, never a crash.
public enum TokenDecodeError: Error, Sendable, Equatable {
  /// One of the three JWS segments.
  public enum Segment: String, Sendable, Equatable {
    case header, payload, signature
  }

  /// Nothing left after cleaning.
  case empty
  /// Not three (JWS) or five (JWE) dot-separated segments.
  case wrongSegmentCount(Int)
  /// Five segments: a JWE. The protected header is given when it decodes.
  case encrypted(header: JSONValue?)
  /// A segment is not base64url. `offset` is the character offset in the cleaned token,
  /// `segmentOffset` within the segment.
  case badBase64(segment: Segment, offset: Int, segmentOffset: Int)
  /// A decoded segment is not JSON (or not UTF-8).
  case notJSON(segment: Segment, error: JSONParseError)
  /// A decoded segment is JSON but not an object.
  case notObject(segment: Segment, found: String)
  /// Over the decoder's size cap (far above STS's 20,000).
  case tooLarge(length: Int, limit: Int)
  /// The text held a byte that is not UTF-8 (a token file in another encoding), at this byte offset.
  case notUTF8(offset: Int)

  /// One sentence naming the segment and place at fault.
  public var message: String {
    switch self {
    case .empty: "the token is empty"
    case .wrongSegmentCount(let n): "a compact JWS has 3 dot-separated segments; this has \(n)"
    case .encrypted: "this is an encrypted token (JWE, 5 segments); STS needs a signed JWS"
    case .badBase64(let segment, let offset, let segmentOffset):
      "the \(segment.rawValue) segment is not base64url: bad character at offset \(offset) (character \(segmentOffset) of the segment)"
    case .notJSON(let segment, let error): "the \(segment.rawValue) is not valid JSON: \(error)"
    case .notObject(let segment, let found): "the \(segment.rawValue) is JSON \(found), not an object"
    case .tooLarge(let length, let limit): "the token is \(length) characters, over the \(limit)-character limit"
    case .notUTF8(let offset):
      "the token text is not UTF-8: invalid byte at offset \(offset) (only UTF-8, or UTF-16 with a byte-order mark, is read)"
    }
  }
}

/// Decodes pasted text into a `JWT`.
public enum TokenDecoder {
  /// Input longer than this is refused before any decoding (STS's own limit is 20,000).
  public static let maxLength = Limits.tokenBytes

  public static func decode(_ raw: String) -> Result<JWT, TokenDecodeError> {
    decode(TokenInput(raw: raw))
  }

  public static func decode(_ input: TokenInput) -> Result<JWT, TokenDecodeError> {
    let compact = input.compact
    let length = compact.utf8.count
    if length == 0 { return .failure(.empty) }
    if length > maxLength { return .failure(.tooLarge(length: length, limit: maxLength)) }
    if let offset = input.invalidByteOffset { return .failure(.notUTF8(offset: offset)) }
    if let jwt = decodeFast(compact, cleanings: input.cleanings) { return .success(jwt) }
    return decodeSegments(compact, cleanings: input.cleanings)
  }

  /// The common case on raw bytes: an ASCII token with exactly three segments that all decode.
  /// Anything else (including every failure) returns nil and takes `decodeSegments`, which
  /// owns the error reporting, so both paths give identical results.
  static func decodeFast(_ compact: String, cleanings: [TokenInput.Cleaning]) -> JWT? {
    let result = compact.utf8.withContiguousStorageIfAvailable { bytes -> JWT? in
      var dots: (Int, Int) = (-1, -1)
      var dotCount = 0
      var ascii: UInt8 = 0
      for i in 0..<bytes.count {
        let b = bytes[i]
        ascii |= b
        if b == UInt8(ascii: ".") {
          if dotCount == 0 { dots.0 = i } else if dotCount == 1 { dots.1 = i }
          dotCount += 1
        }
      }
      guard dotCount == 2, ascii < 0x80 else { return nil }
      let header = UnsafeBufferPointer(rebasing: bytes[0..<dots.0])
      let payload = UnsafeBufferPointer(rebasing: bytes[(dots.0 + 1)..<dots.1])
      let signature = UnsafeBufferPointer(rebasing: bytes[(dots.1 + 1)...])
      guard let h = objectFast(header), let c = objectFast(payload),
        case .success(let sig) = Base64URL.decodeTrimmingPadding(signature)
      else { return nil }
      return JWT(compact: compact, header: h, claims: c, signature: sig, cleanings: cleanings)
    }
    return result ?? nil
  }

  static func objectFast(_ segment: UnsafeBufferPointer<UInt8>) -> JSONValue? {
    guard case .success(let bytes) = Base64URL.decodeTrimmingPadding(segment),
      let value = try? JSONParser.parse(bytes), case .object = value
    else { return nil }
    return value
  }

  /// The general path: any text, with every failure typed and located.
  static func decodeSegments(_ compact: String, cleanings: [TokenInput.Cleaning]) -> Result<JWT, TokenDecodeError> {
    let parts = compact.split(separator: ".", omittingEmptySubsequences: false)
    if parts.count == 5 {
      let header = try? decodeObject(parts[0], segment: .header, base: 0).get()
      return .failure(.encrypted(header: header))
    }
    guard parts.count == 3 else { return .failure(.wrongSegmentCount(parts.count)) }
    let payloadBase = parts[0].utf8.count + 1
    let signatureBase = payloadBase + parts[1].utf8.count + 1
    let header: JSONValue
    let claims: JSONValue
    switch decodeObject(parts[0], segment: .header, base: 0) {
    case .success(let h): header = h
    case .failure(let e): return .failure(e)
    }
    switch decodeObject(parts[1], segment: .payload, base: payloadBase) {
    case .success(let c): claims = c
    case .failure(let e): return .failure(e)
    }
    let signature: [UInt8]
    do {
      signature = try Base64URL.decode(parts[2])
    } catch {
      return .failure(.badBase64(segment: .signature, offset: signatureBase + error.offset, segmentOffset: error.offset))
    }
    return .success(JWT(compact: compact, header: header, claims: claims, signature: signature, cleanings: cleanings))
  }

  static func decodeObject(_ part: Substring, segment: TokenDecodeError.Segment, base: Int) -> Result<JSONValue, TokenDecodeError> {
    let bytes: [UInt8]
    do {
      bytes = try Base64URL.decode(part)
    } catch {
      return .failure(.badBase64(segment: segment, offset: base + error.offset, segmentOffset: error.offset))
    }
    let value: JSONValue
    do {
      value = try JSONParser.parse(bytes)
    } catch {
      return .failure(.notJSON(segment: segment, error: error))
    }
    guard case .object = value else { return .failure(.notObject(segment: segment, found: value.typeName)) }
    return .success(value)
  }
}

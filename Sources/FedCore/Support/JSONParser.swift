/// Why a JSON text was refused, with the byte offset of the first bad byte.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Reason: Sendable, Equatable {
    case unexpectedEnd
    case unexpectedByte(UInt8)
    case invalidEscape
    case invalidUTF8
    case invalidNumber
    case tooDeep(limit: Int)
    case trailingData
    case controlCharacterInString
  }
  public var reason: Reason
  public var offset: Int

  public var description: String {
    let what: String
    switch reason {
    case .unexpectedEnd: what = "unexpected end of input"
    case .unexpectedByte(let b):
      what = b >= 0x20 && b < 0x7F ? "unexpected character '\(Character(UnicodeScalar(b)))'" : "unexpected byte 0x\(String(b, radix: 16))"
    case .invalidEscape: what = "invalid escape sequence"
    case .invalidUTF8: what = "invalid UTF-8"
    case .invalidNumber: what = "invalid number"
    case .tooDeep(let limit): what = "nesting deeper than \(limit) levels"
    case .trailingData: what = "data after the JSON value"
    case .controlCharacterInString: what = "unescaped control character in a string"
    }
    return "\(what) at byte \(offset)"
  }
}

/// A strict RFC 8259 JSON parser that keeps member order and number types.
///
/// Untrusted input is the norm here (tokens, key sets from any server), so nesting depth
/// is capped and strings must be valid UTF-8.
public struct JSONParser {
  /// Default maximum nesting depth of arrays and objects.
  public static let defaultMaxDepth = Limits.jsonDepth

  public static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
    try parse(Array(text.utf8), maxDepth: maxDepth)
  }

  public static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
    let result: Result<JSONValue, JSONParseError> = bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(JSONParseError) in try parse(bytes: buffer, maxDepth: maxDepth) }
    }
    return try result.get()
  }

  public static func parse(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
    var reader = Reader(bytes: bytes, maxDepth: maxDepth)
    reader.skipWhitespace()
    let value = try reader.parseValue(depth: 0)
    reader.skipWhitespace()
    if reader.index < bytes.count { throw JSONParseError(reason: .trailingData, offset: reader.index) }
    return value
  }

  struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
      self.bytes = bytes
      self.maxDepth = maxDepth
    }

    func fail(_ reason: JSONParseError.Reason, at offset: Int? = nil) -> JSONParseError {
      JSONParseError(reason: reason, offset: offset ?? index)
    }

    mutating func skipWhitespace() {
      while index < bytes.count {
        switch bytes[index] {
        case 0x20, 0x09, 0x0A, 0x0D: index += 1
        default: return
        }
      }
    }

    func peek() throws(JSONParseError) -> UInt8 {
      guard index < bytes.count else { throw fail(.unexpectedEnd) }
      return bytes[index]
    }

    mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
      let count = literal.utf8CodeUnitCount
      for i in 0..<count {
        guard index + i < bytes.count else { throw fail(.unexpectedEnd, at: bytes.count) }
        if bytes[index + i] != literal.utf8Start[i] { throw fail(.unexpectedByte(bytes[index + i]), at: index + i) }
      }
      index += count
    }

    mutating func parseValue(depth: Int) throws(JSONParseError) -> JSONValue {
      let byte = try peek()
      switch byte {
      case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
      case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
      case UInt8(ascii: "\""): return .string(try parseString())
      case UInt8(ascii: "t"):
        try expectLiteral("true")
        return .bool(true)
      case UInt8(ascii: "f"):
        try expectLiteral("false")
        return .bool(false)
      case UInt8(ascii: "n"):
        try expectLiteral("null")
        return .null
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
      default: throw fail(.unexpectedByte(byte))
      }
    }

    mutating func parseObject(depth: Int) throws(JSONParseError) -> JSONValue {
      if depth > maxDepth { throw fail(.tooDeep(limit: maxDepth)) }
      index += 1
      var members: [JSONMember] = []
      skipWhitespace()
      if try peek() == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      }
      while true {
        skipWhitespace()
        let byte = try peek()
        guard byte == UInt8(ascii: "\"") else { throw fail(.unexpectedByte(byte)) }
        let name = try parseString()
        skipWhitespace()
        let colon = try peek()
        guard colon == UInt8(ascii: ":") else { throw fail(.unexpectedByte(colon)) }
        index += 1
        skipWhitespace()
        members.append(JSONMember(name, try parseValue(depth: depth)))
        skipWhitespace()
        let next = try peek()
        index += 1
        if next == UInt8(ascii: "}") { return .object(members) }
        guard next == UInt8(ascii: ",") else { throw fail(.unexpectedByte(next), at: index - 1) }
      }
    }

    mutating func parseArray(depth: Int) throws(JSONParseError) -> JSONValue {
      if depth > maxDepth { throw fail(.tooDeep(limit: maxDepth)) }
      index += 1
      var elements: [JSONValue] = []
      skipWhitespace()
      if try peek() == UInt8(ascii: "]") {
        index += 1
        return .array(elements)
      }
      while true {
        skipWhitespace()
        elements.append(try parseValue(depth: depth))
        skipWhitespace()
        let next = try peek()
        index += 1
        if next == UInt8(ascii: "]") { return .array(elements) }
        guard next == UInt8(ascii: ",") else { throw fail(.unexpectedByte(next), at: index - 1) }
      }
    }

    mutating func parseNumber() throws(JSONParseError) -> JSONValue {
      let start = index
      var isInteger = true
      if bytes[index] == UInt8(ascii: "-") { index += 1 }
      guard index < bytes.count else { throw fail(.unexpectedEnd) }
      if bytes[index] == UInt8(ascii: "0") {
        index += 1
      } else if isDigit(bytes[index]) {
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
      } else {
        throw fail(.invalidNumber)
      }
      if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
        isInteger = false
        index += 1
        guard index < bytes.count, isDigit(bytes[index]) else { throw fail(.invalidNumber) }
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
      }
      if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
        isInteger = false
        index += 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw fail(.invalidNumber) }
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
      }
      let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
      if isInteger, let value = Int64(text) { return .integer(value) }
      guard let value = Double(text) else { throw fail(.invalidNumber, at: start) }
      return .float(value)
    }

    func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    mutating func parseString() throws(JSONParseError) -> String {
      index += 1  // opening quote
      let start = index
      // Fast path: no escapes.
      var high: UInt8 = 0
      while index < bytes.count {
        let b = bytes[index]
        if b == UInt8(ascii: "\"") {
          let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
          index += 1
          // ASCII needs no validation; `String(decoding:)` is the specialised, allocation-only path.
          if high < 0x80 { return String(decoding: slice, as: UTF8.self) }
          guard let s = String(validating: slice, as: UTF8.self) else { throw fail(.invalidUTF8, at: start) }
          return s
        }
        high |= b
        if b == UInt8(ascii: "\\") { break }
        if b < 0x20 { throw fail(.controlCharacterInString) }
        index += 1
      }
      var scalars = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
      while true {
        guard index < bytes.count else { throw fail(.unexpectedEnd) }
        let b = bytes[index]
        if b == UInt8(ascii: "\"") {
          index += 1
          guard let s = String(validating: scalars, as: UTF8.self) else { throw fail(.invalidUTF8, at: start) }
          return s
        }
        if b < 0x20 { throw fail(.controlCharacterInString) }
        if b != UInt8(ascii: "\\") {
          scalars.append(b)
          index += 1
          continue
        }
        index += 1
        guard index < bytes.count else { throw fail(.unexpectedEnd) }
        let e = bytes[index]
        index += 1
        switch e {
        case UInt8(ascii: "\""): scalars.append(0x22)
        case UInt8(ascii: "\\"): scalars.append(0x5C)
        case UInt8(ascii: "/"): scalars.append(0x2F)
        case UInt8(ascii: "b"): scalars.append(0x08)
        case UInt8(ascii: "f"): scalars.append(0x0C)
        case UInt8(ascii: "n"): scalars.append(0x0A)
        case UInt8(ascii: "r"): scalars.append(0x0D)
        case UInt8(ascii: "t"): scalars.append(0x09)
        case UInt8(ascii: "u"):
          var code = try parseHex4()
          if (0xD800...0xDBFF).contains(code) {
            // A high surrogate must be followed by an escaped low surrogate.
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
              throw fail(.invalidEscape)
            }
            index += 2
            let low = try parseHex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw fail(.invalidEscape) }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          } else if (0xDC00...0xDFFF).contains(code) {
            throw fail(.invalidEscape)
          }
          guard let scalar = Unicode.Scalar(code) else { throw fail(.invalidEscape) }
          scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
        default: throw fail(.invalidEscape, at: index - 1)
        }
      }
    }

    mutating func parseHex4() throws(JSONParseError) -> UInt32 {
      guard index + 4 <= bytes.count else { throw fail(.unexpectedEnd) }
      var value: UInt32 = 0
      for _ in 0..<4 {
        let b = bytes[index]
        let digit: UInt8
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
        default: throw fail(.invalidEscape)
        }
        value = value << 4 | UInt32(digit)
        index += 1
      }
      return value
    }
  }
}

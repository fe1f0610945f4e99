/// An IPv4 or IPv6 address as a value: what a host name resolved to, or a numeric host written in
/// a URL. Parsing accepts every numeric form a resolver accepts (`inet_aton`: `2852039166`,
/// `0xa9.0xfe.0xa9.0xfe`, `0251.0376.0251.0376`, `0x7f.1`, `127.1`), so that no spelling of an
/// address slips past `AddressPolicy`.
public enum IPAddress: Sendable, Hashable, CustomStringConvertible {
  case v4(UInt32)
  /// 16 bytes, network order.
  case v6([UInt8])

  /// A numeric host: an IPv4 form (`inet_aton` rules) or an IPv6 address, bracketed or not
  /// (a zone `%eth0` is ignored). Nil for a host name.
  public init?(host: String) {
    var text = Substring(host)
    if text.hasPrefix("[") && text.hasSuffix("]") { text = text.dropFirst().dropLast() }
    if text.contains(":") {
      if let zone = text.firstIndex(of: "%") { text = text[..<zone] }
      guard let bytes = Self.parseV6(text) else { return nil }
      self = .v6(bytes)
    } else {
      guard let v4 = Self.parseV4(text) else { return nil }
      self = .v4(v4)
    }
  }

  /// `a.b.c.d`, or `[v6]`-free IPv6 text in RFC 5952 form (lowercase, longest zero run as `::`).
  public var description: String {
    switch self {
    case .v4(let v): return Self.dotted(v)
    case .v6(let b): return Self.v6Text(b)
    }
  }

  /// The embedded IPv4 address of an IPv4-mapped (`::ffff:a.b.c.d`), IPv4-compatible
  /// (`::a.b.c.d`), NAT64 (`64:ff9b::a.b.c.d`) or 6to4 (`2002:AABB:CCDD::`) address.
  public var embeddedV4: UInt32? {
    guard case .v6(let b) = self else { return nil }
    func word(_ i: Int) -> UInt32 { UInt32(b[i]) << 24 | UInt32(b[i + 1]) << 16 | UInt32(b[i + 2]) << 8 | UInt32(b[i + 3]) }
    let zeros10 = b[0..<10].allSatisfy { $0 == 0 }
    if zeros10 && b[10] == 0xFF && b[11] == 0xFF { return word(12) }
    if zeros10 && b[10] == 0 && b[11] == 0 && word(12) > 1 { return word(12) }
    if b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4..<12].allSatisfy({ $0 == 0 }) { return word(12) }
    if b[0] == 0x20 && b[1] == 0x02 { return word(2) }
    return nil
  }

  static func dotted(_ v: UInt32) -> String {
    "\(v >> 24).\((v >> 16) & 0xFF).\((v >> 8) & 0xFF).\(v & 0xFF)"
  }

  /// `inet_aton`: 1 to 4 parts, each decimal, octal (leading `0`) or hex (`0x`); the last part
  /// fills the remaining bytes.
  static func parseV4(_ text: Substring) -> UInt32? {
    guard !text.isEmpty, text.utf8.count <= 64 else { return nil }
    var body = text
    if body.hasSuffix(".") { body = body.dropLast() }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...4).contains(parts.count) else { return nil }
    var values: [UInt64] = []
    for part in parts {
      guard let value = number(part) else { return nil }
      values.append(value)
    }
    var result: UInt64 = 0
    for (i, value) in values.dropLast().enumerated() {
      guard value <= 0xFF else { return nil }
      result |= value << UInt64(24 - 8 * i)
    }
    let lastBits = UInt64(32 - 8 * (values.count - 1))
    guard let last = values.last, last < (UInt64(1) << lastBits) else { return nil }
    return UInt32(result | last)
  }

  static func number(_ part: Substring) -> UInt64? {
    guard !part.isEmpty else { return nil }
    let lower = part.lowercased()
    var digits = Substring(lower)
    var radix = 10
    if digits.hasPrefix("0x") {
      radix = 16
      digits = digits.dropFirst(2)
      if digits.isEmpty { return 0 }
    } else if digits.count > 1 && digits.hasPrefix("0") {
      radix = 8
      digits = digits.dropFirst()
    }
    guard digits.count <= 12, let value = UInt64(digits, radix: radix) else { return nil }
    return value
  }

  static func parseV6(_ text: Substring) -> [UInt8]? {
    guard text.utf8.count <= 64 else { return nil }
    var groups: [UInt16] = []
    var tail: [UInt16] = []
    var sawGap = false
    let halves = text.components(separatedByString: "::")
    guard halves.count <= 2 else { return nil }
    func parse(_ half: Substring, allowV4: Bool) -> [UInt16]? {
      if half.isEmpty { return [] }
      var out: [UInt16] = []
      let pieces = half.split(separator: ":", omittingEmptySubsequences: false)
      for (i, piece) in pieces.enumerated() {
        if i == pieces.count - 1 && allowV4 && piece.contains(".") {
          guard piece.split(separator: ".").count == 4, !piece.contains("x"), let v4 = parseV4(piece) else { return nil }
          out += [UInt16(v4 >> 16), UInt16(v4 & 0xFFFF)]
        } else {
          guard (1...4).contains(piece.count), let g = UInt16(piece, radix: 16) else { return nil }
          out.append(g)
        }
      }
      return out
    }
    if halves.count == 2 {
      sawGap = true
      guard let head = parse(halves[0], allowV4: false), let rest = parse(halves[1], allowV4: true) else { return nil }
      groups = head
      tail = rest
      guard groups.count + tail.count <= 7 else { return nil }
    } else {
      guard let all = parse(halves[0], allowV4: true), all.count == 8 else { return nil }
      groups = all
    }
    if sawGap { groups += Array(repeating: 0, count: 8 - groups.count - tail.count) + tail }
    return groups.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
  }

  static func v6Text(_ b: [UInt8]) -> String {
    let groups = (0..<8).map { UInt16(b[2 * $0]) << 8 | UInt16(b[2 * $0 + 1]) }
    var bestStart = -1
    var bestLength = 1
    var i = 0
    while i < 8 {
      guard groups[i] == 0 else {
        i += 1
        continue
      }
      var j = i
      while j < 8 && groups[j] == 0 { j += 1 }
      if j - i > bestLength {
        bestStart = i
        bestLength = j - i
      }
      i = j
    }
    let hex = groups.map { String($0, radix: 16) }
    guard bestStart >= 0 else { return hex.joined(separator: ":") }
    return hex[..<bestStart].joined(separator: ":") + "::" + hex[(bestStart + bestLength)...].joined(separator: ":")
  }
}

extension Substring {
  /// Splits on a multi-character separator (FedCore has no Foundation).
  func components(separatedByString separator: String) -> [Substring] {
    var parts: [Substring] = []
    var rest = self
    while let range = rest.firstRange(of: separator) {
      parts.append(rest[..<range.lowerBound])
      rest = rest[range.upperBound...]
    }
    parts.append(rest)
    return parts
  }
}

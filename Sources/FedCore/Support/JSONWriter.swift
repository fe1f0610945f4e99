/// Serialises `JSONValue` back to text, keeping member order.
public enum JSONWriter {
  /// Compact (`pretty == false`) or two-space indented output.
  public static func string(_ value: JSONValue, pretty: Bool = false) -> String {
    var out = ""
    write(value, into: &out, pretty: pretty, indent: 0)
    return out
  }

  static func write(_ value: JSONValue, into out: inout String, pretty: Bool, indent: Int) {
    switch value {
    case .string(let s): writeString(s, into: &out)
    case .integer(let i): out += String(i)
    case .float(let d): out += formatDouble(d)
    case .bool(let b): out += b ? "true" : "false"
    case .null: out += "null"
    case .array(let elements):
      if elements.isEmpty {
        out += "[]"
        return
      }
      out += "["
      for (i, element) in elements.enumerated() {
        if i > 0 { out += "," }
        newline(&out, pretty: pretty, indent: indent + 1)
        write(element, into: &out, pretty: pretty, indent: indent + 1)
      }
      newline(&out, pretty: pretty, indent: indent)
      out += "]"
    case .object(let members):
      if members.isEmpty {
        out += "{}"
        return
      }
      out += "{"
      for (i, member) in members.enumerated() {
        if i > 0 { out += "," }
        newline(&out, pretty: pretty, indent: indent + 1)
        writeString(member.name, into: &out)
        out += pretty ? ": " : ":"
        write(member.value, into: &out, pretty: pretty, indent: indent + 1)
      }
      newline(&out, pretty: pretty, indent: indent)
      out += "}"
    }
  }

  static func newline(_ out: inout String, pretty: Bool, indent: Int) {
    guard pretty else { return }
    out += "\n"
    out += String(repeating: "  ", count: indent)
  }

  /// JSON has no NaN or infinity; they are written as null.
  static func formatDouble(_ d: Double) -> String {
    guard d.isFinite else { return "null" }
    if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) + ".0" }
    return String(d)
  }

  /// Writes a JSON string literal, escaping quotes, backslashes and all control characters
  /// (C0, DEL, C1) and the bidi/line separators, so output is safe for terminals and scripts.
  public static func writeString(_ s: String, into out: inout String) {
    out += "\""
    if isPlainPrintableASCII(s) {
      // The common case (key material, URLs, claim names): nothing to escape, one append.
      out += s
      out += "\""
      return
    }
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if TextSafety.isUnsafe(scalar) {
          out += "\\u" + hex4(scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }

  /// Whether every byte is printable ASCII other than `"` and `\\` (so `writeString` has
  /// nothing to escape: the unsafe scalars of `TextSafety` are all control or non-ASCII).
  static func isPlainPrintableASCII(_ s: String) -> Bool {
    let check = { (byte: UInt8) -> Bool in byte >= 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x5C }
    return s.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(check) } ?? s.utf8.allSatisfy(check)
  }

  static func hex4(_ v: UInt32) -> String {
    let h = String(v, radix: 16)
    return String(repeating: "0", count: max(0, 4 - h.count)) + h
  }
}

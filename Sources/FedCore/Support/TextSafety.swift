/// Makes untrusted text (claims, headers, server bodies, error messages) safe to show on a
/// terminal: control characters, C1 controls and bidi overrides become visible escapes and
/// are never interpreted.
public enum TextSafety {
  /// True for scalars that a terminal could interpret: C0 (but not in escaped output),
  /// DEL, C1, bidi embedding/override/isolate controls, and line/paragraph separators.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029, 0x061C: return true
    case 0xFEFF: return true
    // Invisible code points (zero-width spaces and joiners, soft hyphen, tag characters, Hangul
    // fillers, variation selectors...): a `sub` must not look like another one.
    default: return scalar.value >= 0xAD && UnicodeWidth.isDefaultIgnorable(scalar)
    }
  }

  /// The text with every unsafe scalar replaced by a visible escape (`\e`, `\n`, `\u{202E}`,
  /// `\u{200B}`, ...). A backslash is doubled, so that a literal `\e` in a claim cannot pass for
  /// an escaped ESC.
  public static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { isUnsafe($0) || $0 == "\\" }) else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      if scalar == "\\" {
        out += "\\\\"
        continue
      }
      guard isUnsafe(scalar) else {
        out.unicodeScalars.append(scalar)
        continue
      }
      switch scalar.value {
      case 0x1B: out += "\\e"
      case 0x0A: out += "\\n"
      case 0x0D: out += "\\r"
      case 0x09: out += "\\t"
      case 0x00: out += "\\0"
      default: out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      }
    }
    return out
  }
}

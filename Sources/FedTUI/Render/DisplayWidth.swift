/// Terminal column widths of characters, without the C library's locale-dependent `wcwidth`.
enum DisplayWidth {
  /// Columns a grapheme cluster takes: 2 for East Asian wide and emoji, 0 for a lone
  /// combining mark, else 1. Control characters never get here (they are escaped first).
  static func of(_ c: Character) -> Int {
    if c.isASCII { return 1 }
    guard let first = c.unicodeScalars.first else { return 0 }
    return of(first)
  }

  /// Columns one scalar takes (0 for combining marks and joiners).
  static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x7F { return 1 }
    switch v {
    case 0x0300...0x036F, 0x200B...0x200D, 0xFE00...0xFE0F, 0x1AB0...0x1AFF, 0x20D0...0x20FF: return 0
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return 2
    default: return 1
    }
  }

  /// Columns a string takes.
  static func of(_ s: some StringProtocol) -> Int {
    var n = 0
    for scalar in s.unicodeScalars { n += of(scalar) }
    return n
  }

  /// The longest prefix that fits in `width` columns, with `…` when something was cut.
  static func truncated(_ s: String, to width: Int) -> String {
    guard width > 0 else { return "" }
    if s.utf8.count <= width, s.allSatisfy(\.isASCII) { return s }
    if of(s) <= width { return s }
    var out = ""
    var used = 0
    for c in s {
      let w = of(c)
      if used + w > width - 1 { break }
      out.append(c)
      used += w
    }
    return out + "…"
  }

  /// Pads with spaces (or truncates) to exactly `width` columns.
  static func padded(_ s: String, to width: Int) -> String {
    let t = truncated(s, to: width)
    let w = of(t)
    return w >= width ? t : t + String(repeating: " ", count: width - w)
  }
}

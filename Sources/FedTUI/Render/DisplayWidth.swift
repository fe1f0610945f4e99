import FedCore

/// Terminal column widths of characters, without the C library's locale-dependent `wcwidth`.
enum DisplayWidth {
  /// Columns a grapheme cluster takes: its first scalar's (2 for East Asian wide and emoji, 0 for
  /// a lone combining mark, else 1). Control characters never get here (they are escaped first).
  static func of(_ c: Character) -> Int {
    if c.isASCII { return 1 }
    guard let first = c.unicodeScalars.first else { return 0 }
    return of(first)
  }

  /// Columns one scalar takes (the Unicode 15 tables of `UnicodeWidth`).
  static func of(_ scalar: Unicode.Scalar) -> Int {
    scalar.value < 0x7F ? 1 : UnicodeWidth.of(scalar)
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

/// `StringLike` matching in time linear in the value: the pattern is split at `*` into
/// segments (each may hold `?`); the first must match at the start, the last at the end, and
/// each one between is found leftmost after the previous one. Leftmost placement is always
/// safe: any later match would leave less room for what follows. A segment without `?` is
/// searched with Knuth–Morris–Pratt (O(n + m)); one with `?` with a bit-parallel shift-and scan
/// (`?` matches every character, O(n · ⌈m/64⌉)), rather than the O(n · m) of backtracking.
struct WildcardMatcher {
  /// One `*`-free run of the pattern.
  struct Segment {
    var scalars: [Unicode.Scalar]
    /// Bit i set: position i is `?`.
    var anyMask: [UInt64]
    /// Bit i set: position i is this scalar.
    var masks: [Unicode.Scalar: [UInt64]]
    /// KMP failure function, for a segment without `?`.
    var failure: [Int]?

    init(_ scalars: [Unicode.Scalar]) {
      self.scalars = scalars
      let words = max(1, (scalars.count + 63) / 64)
      anyMask = Array(repeating: 0, count: words)
      masks = [:]
      for (i, s) in scalars.enumerated() {
        if s == "?" {
          anyMask[i / 64] |= 1 << UInt64(i % 64)
        } else {
          masks[s, default: Array(repeating: 0, count: words)][i / 64] |= 1 << UInt64(i % 64)
        }
      }
      failure = scalars.contains("?") ? nil : Self.failureFunction(scalars)
    }

    static func failureFunction(_ p: [Unicode.Scalar]) -> [Int] {
      var f = [Int](repeating: 0, count: p.count)
      var k = 0
      for i in p.indices.dropFirst() {
        while k > 0 && p[i] != p[k] { k = f[k - 1] }
        if p[i] == p[k] { k += 1 }
        f[i] = k
      }
      return f
    }

    /// KMP search: the end of the leftmost occurrence in `value[from..<limit]`.
    func kmpEnd(_ value: [Unicode.Scalar], from: Int, limit: Int, failure f: [Int]) -> Int? {
      var k = 0
      var i = from
      while i < limit {
        while k > 0 && value[i] != scalars[k] { k = f[k - 1] }
        if value[i] == scalars[k] { k += 1 }
        if k == scalars.count { return i + 1 }
        i += 1
      }
      return nil
    }

    /// Whether the segment matches `value` exactly at `start`.
    func matches(_ value: [Unicode.Scalar], at start: Int) -> Bool {
      guard start >= 0, start + scalars.count <= value.count else { return false }
      for (i, s) in scalars.enumerated() where s != "?" && value[start + i] != s { return false }
      return true
    }

    /// The end index of the leftmost occurrence starting at or after `from` and ending at or
    /// before `limit`, or nil.
    func leftmostEnd(in value: [Unicode.Scalar], from: Int, limit: Int) -> Int? {
      let m = scalars.count
      if m == 0 { return from }
      if limit - from < m { return nil }
      if let failure { return kmpEnd(value, from: from, limit: limit, failure: failure) }
      let words = anyMask.count
      var state = [UInt64](repeating: 0, count: words)
      let topWord = (m - 1) / 64
      let topBit: UInt64 = 1 << UInt64((m - 1) % 64)
      var i = from
      while i < limit {
        let charMask = masks[value[i]]
        var carry: UInt64 = 1
        for w in 0..<words {
          let shifted = (state[w] << 1) | carry
          carry = state[w] >> 63
          state[w] = shifted & (anyMask[w] | (charMask?[w] ?? 0))
        }
        if state[topWord] & topBit != 0 { return i + 1 }
        i += 1
      }
      return nil
    }
  }

  /// The whole `value` matches `pattern` (`*` any run, `?` one character).
  static func matches(_ value: String, _ pattern: String) -> Bool {
    let v = Array(value.unicodeScalars)
    let p = Array(pattern.unicodeScalars)
    let pieces = p.split(separator: "*", omittingEmptySubsequences: false).map { Segment(Array($0)) }
    if pieces.count == 1 { return v.count == p.count && pieces[0].matches(v, at: 0) }
    let first = pieces[0]
    let last = pieces[pieces.count - 1]
    guard first.scalars.count + last.scalars.count <= v.count, first.matches(v, at: 0),
      last.matches(v, at: v.count - last.scalars.count)
    else { return false }
    var position = first.scalars.count
    let limit = v.count - last.scalars.count
    for segment in pieces.dropFirst().dropLast() where !segment.scalars.isEmpty {
      guard let end = segment.leftmostEnd(in: v, from: position, limit: limit) else { return false }
      position = end
    }
    return true
  }
}

/// The `StringLike` work left in one policy evaluation (`Limits.patternMatchWork`).
final class MatchBudget: @unchecked Sendable {
  private(set) var remaining: Int

  init(_ total: Int) { remaining = total }

  /// Takes `cost` when that much is left; false (and nothing taken) otherwise.
  func spend(_ cost: Int) -> Bool {
    guard cost <= remaining else { return false }
    remaining -= cost
    return true
  }

  /// An upper bound of the matcher's steps (`WildcardMatcher`): every value against every
  /// pattern; value plus pattern length for a pattern without `?` (Knuth–Morris–Pratt), else
  /// each value character once per 64 pattern characters (shift-and), plus the pattern.
  static func cost(values: [String], patterns: [String]) -> Int {
    var total = 0
    for v in values {
      let n = v.utf8.count
      for p in patterns {
        let m = p.utf8.count
        let steps = p.utf8.contains(UInt8(ascii: "?")) ? n * (1 + m / 64) + m : n + m
        total = total.addingReportingOverflow(steps).partialValue
        if total > Int.max / 4 { return Int.max / 4 }
      }
    }
    return total
  }
}

/// IAM string matching (`reference_policies_elements_condition_operators`): `StringLike` knows
/// only `*` (any run of characters, `:` and `/` included) and `?` (exactly one character), and is
/// case-sensitive; everything else, `[`, `\` and regex syntax included, is literal.
public enum PatternMatch {
  /// True when `value` contains `*` or `?`.
  @Sendable public static func hasWildcard(_ value: String) -> Bool {
    value.unicodeScalars.contains { $0 == "*" || $0 == "?" }
  }

  /// `StringLike` semantics: the whole `value` must match `pattern`.
  public static func like(_ value: String, _ pattern: String) -> Bool {
    let v = Array(value.unicodeScalars)
    let p = Array(pattern.unicodeScalars)
    var vi = 0
    var pi = 0
    var starP = -1
    var starV = 0
    while vi < v.count {
      if pi < p.count && (p[pi] == "?" || (p[pi] != "*" && p[pi] == v[vi])) {
        vi += 1
        pi += 1
      } else if pi < p.count && p[pi] == "*" {
        starP = pi
        starV = vi
        pi += 1
      } else if starP >= 0 {
        pi = starP + 1
        starV += 1
        vi = starV
      } else {
        return false
      }
    }
    while pi < p.count && p[pi] == "*" { pi += 1 }
    return pi == p.count
  }

  /// The number of characters excluding whitespace, as the role trust policy quota counts them
  /// (`aws-oidc-rules.md` §7, Access Analyzer "Policy size exceeds role trust policy quota").
  public static func nonWhitespaceCount(_ text: String) -> Int {
    text.unicodeScalars.filter { !($0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t") }.count
  }
}

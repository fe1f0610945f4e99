/// IAM string matching (`reference_policies_elements_condition_operators`): `StringLike` knows
/// only `*` (any run of characters, `:` and `/` included) and `?` (exactly one character), and is
/// case-sensitive; everything else, `[`, `\` and regex syntax included, is literal.
public enum PatternMatch {
  /// True when `value` contains `*` or `?`.
  @Sendable public static func hasWildcard(_ value: String) -> Bool {
    value.unicodeScalars.contains { $0 == "*" || $0 == "?" }
  }

  /// `StringLike` semantics: the whole `value` must match `pattern`. Linear in the value's
  /// length (`WildcardMatcher`), whatever the pattern.
  public static func like(_ value: String, _ pattern: String) -> Bool {
    guard hasWildcard(pattern) else { return value.unicodeScalars.elementsEqual(pattern.unicodeScalars) }
    return WildcardMatcher.matches(value, pattern)
  }

  /// The number of characters excluding whitespace, as the role trust policy quota counts them
  /// (`aws-oidc-rules.md` §7, Access Analyzer "Policy size exceeds role trust policy quota").
  public static func nonWhitespaceCount(_ text: String) -> Int {
    text.unicodeScalars.filter { !($0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t") }.count
  }
}

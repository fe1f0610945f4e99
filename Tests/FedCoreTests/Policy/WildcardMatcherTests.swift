import Testing

@testable import FedCore

/// `StringLike` matching: the linear matcher agrees with a plain recursive definition on many
/// small cases, and a hostile value/pattern pair that made backtracking quadratic is fast.
@Suite struct WildcardMatcherTests {
  /// The definition: `*` any run, `?` one character, everything else literal.
  static func reference(_ v: ArraySlice<Character>, _ p: ArraySlice<Character>) -> Bool {
    guard let head = p.first else { return v.isEmpty }
    if head == "*" { return reference(v, p.dropFirst()) || (!v.isEmpty && reference(v.dropFirst(), p)) }
    guard let c = v.first, head == "?" || head == c else { return false }
    return reference(v.dropFirst(), p.dropFirst())
  }

  @Test func agreesWithTheDefinition() {
    var rng = SystemRandomNumberGenerator()
    let alphabet: [Character] = ["a", "b", "*", "?", ":"]
    for _ in 0..<4000 {
      let p = String((0..<Int.random(in: 0...7, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
      let v = String((0..<Int.random(in: 0...9, using: &rng)).map { _ in ["a", "b", ":"].randomElement(using: &rng)! })
      #expect(PatternMatch.like(v, p) == Self.reference(ArraySlice(v), ArraySlice(p)), "\(v) ~ \(p)")
    }
  }

  @Test(arguments: [
    ("repo:o/r:ref:refs/heads/main", "repo:o/r:*", true), ("repo:o/r:pull_request", "repo:o/r:pull_request", true),
    ("repo:o/rx:x", "repo:o/r:*", false), ("abc", "a?c", true), ("ac", "a?c", false), ("", "*", true), ("a", "", false),
    ("aXbXc", "*b*c", true), ("aXbXd", "*b*c", false), ("\u{1F680}x", "?x", true),
    (String(repeating: "a", count: 70) + "b", "*" + String(repeating: "a", count: 65) + "?", true),
  ])
  func examples(value: String, pattern: String, expected: Bool) {
    #expect(PatternMatch.like(value, pattern) == expected)
  }

  /// Not a timed test: it prints the figure (backtracking took minutes on this input).
  @Test func hostileInputStaysLinear() {
    let value = String(repeating: "a", count: 200_000)
    for pattern in ["*" + String(repeating: "a", count: 1000) + "b", "*" + String(repeating: "a", count: 1000) + "b*"] {
      let start = ContinuousClock.now
      var matched = 0
      for _ in 0..<50 where PatternMatch.like(value, pattern) { matched += 1 }
      print("StringLike: 50 × (200,000-character value, \(pattern.count)-character pattern) in \(ContinuousClock.now - start)")
      #expect(matched == 0)
    }
  }
}

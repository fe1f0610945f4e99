/// Fuzz target `policy`: a trust policy from anywhere through the parser, the linter and the
/// evaluator. The input is `policy` or `policy \0 claims` (claims: a JSON object; otherwise a
/// GitLab-shaped seed). Every finding's text must be terminal-safe once escaped.
enum PolicyFuzz {
  static let seedClaims = #"{"iss":"https://gitlab.com","sub":"project_path:g/p:ref_type:branch:ref:main","aud":"sts.amazonaws.com","project_path":"g/p","ref_protected":"true","exp":1700003600}"#

  static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
    let parts = bytes.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false).map(Array.init)
    let policy = String(decoding: parts[0], as: UTF8.self)
    let claims = parts.count > 1 ? String(decoding: parts[1], as: UTF8.self) : seedClaims
    let token = Base64URL.encode(Array(#"{"alg":"RS256","kid":"k1"}"#.utf8)) + "." + Base64URL.encode(Array(claims.utf8)) + ".c2ln"
    guard case .success(let jwt) = TokenDecoder.decode(token) else {
      _ = PolicyParser.parse(policy)
      return
    }
    for finding in PolicyChecks.findings(policyText: policy, token: jwt) {
      FuzzCheck.terminalSafe(TextSafety.escaped(finding.title), "escaped policy finding title")
      for e in finding.evidence { FuzzCheck.terminalSafe(TextSafety.escaped(e.value), "escaped policy evidence") }
    }
    _ = PolicyLinter.lint(text: policy, context: PolicyLintContext(issuer: jwt.iss, tokenHasSessionTags: false))
  }
}

/// `token-not-id-token`: the pasted value is a CI credential, not an OIDC ID token. GitLab's
/// `CI_JOB_TOKEN` is a JWT by default from 19.0 (gitlab-org/gitlab#509578), printed with the
/// `glcbt-` prefix (google/osv-scalibr#1892: `glcbt-<header>.<payload>.<signature>`); it
/// authenticates to GitLab's API and is no ID token for STS. The fix is an `id_tokens:` entry.
enum TokenKindRules {
  /// Prefixes of CI credentials that are never ID tokens, with what they are.
  static let credentialPrefixes: [(prefix: String, what: String, fix: String)] = [
    ("glcbt-", "a GitLab CI/CD job token (CI_JOB_TOKEN)", gitlabFix),
    ("glpat-", "a GitLab personal access token", gitlabFix),
    ("ghs_", "a GitHub installation token (GITHUB_TOKEN)", githubFix),
    ("ghp_", "a GitHub personal access token", githubFix),
  ]

  static let gitlabFix =
    "Declare an ID token and pass that variable: id_tokens: { AWS_TOKEN: { aud: sts.amazonaws.com } } "
    + "(GitLab 15.7+), then use $AWS_TOKEN as the web identity token."
  static let githubFix =
    "Grant permissions: id-token: write and request an ID token (aws-actions/configure-aws-credentials, "
    + "or core.getIDToken('sts.amazonaws.com'))."

  static func findings(_ c: DiagnosisContext) -> [Finding] {
    guard let token = c.input.token else { return [] }
    let text = token.compact
    guard let hit = credentialPrefixes.first(where: { text.hasPrefix($0.prefix) }) else { return [] }
    return [
      Finding(
        .tokenNotIDToken, .error, title: "This is \(hit.what), not an OIDC ID token",
        evidence: [Evidence("prefix", hit.prefix), Evidence("what it is", hit.what)],
        awsError: AWSErrorText.invalidIdentityTokenCode, fix: hit.fix, confidence: .documented)
    ]
  }
}

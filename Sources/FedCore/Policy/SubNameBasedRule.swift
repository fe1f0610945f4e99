/// `policy-sub-name-based` (info): a GitHub `sub` pattern that names the repository by name only.
/// A rename or transfer switches that repository's `sub` to the immutable
/// `repo:OWNER@OWNER_ID/REPO@REPO_ID:…` form (automatic since 2026-07-15, github.com only:
/// github/docs#45221), and the pattern stops matching. Worth a note, not a warning: it works today.
enum SubNameBasedRule {
  static func findings(_ scope: LintScope) -> [Finding] {
    guard scope.profile.kind == .githubActions, let prefix = scope.prefix,
      prefix.lowercased().hasPrefix("token.actions.githubusercontent.com")
    else { return [] }
    return SubPatternRules.subValues(scope).compactMap { entry -> Finding? in
      guard let repo = GitHubSub.repository(entry.value), !repo.isImmutable, !PatternMatch.hasWildcard(repo.owner) else { return nil }
      return Finding(
        .policySubNameBased, .info, title: "The sub pattern names the repository by name: a rename would break it",
        evidence: [
          Evidence("statement", String(entry.number)), Evidence("key", entry.condition.key), Evidence("value", entry.value),
          Evidence("after a rename or transfer", "repo:\(repo.owner)@<owner_id>/\(repo.name)@<repo_id>:…"),
        ],
        fix: "Also list the immutable form (repo:OWNER@OWNER_ID/REPO@REPO_ID:…), or condition on "
          + "\(prefix):repository_id and repository_owner_id.",
        confidence: .documented)
    }
  }
}

/// Which CI events a generated policy admits, and the guard that keeps pull requests out unless
/// the operator asked for them.
///
/// A GitHub `repo:o/r:*` pattern also matches `repo:o/r:pull_request`, the subject of every
/// `pull_request` run, forks included when the repository runs their workflows: the classic way
/// a fork reaches a deployment role. So beside such a pattern the generator adds
/// `StringNotLike <prefix>:sub repo:o/r:pull_request` (GitHub Docs, "About security hardening
/// with OpenID Connect", example subject claims).
public enum EventScope {
  /// The `sub` value of a `pull_request` run of `repo` (a repository pattern stays a pattern).
  public static func pullRequestSubject(repo: String) -> String {
    GitHubSubject(repo: repo, context: .pullRequest).pattern
  }

  /// The conditions to add to the generated statement so that it denies what was not asked for:
  /// `StringNotLike` on the pull-request subject of every GitHub repository whose scope is "any
  /// context", unless pull requests were asked for. Empty for other providers.
  public static func denyConditions(for spec: TrustPolicySpec) -> [PolicyCondition] {
    let denied = unaskedPullRequestSubjects(spec.scope)
    guard !denied.isEmpty else { return [] }
    return [PolicyCondition(ConditionOperator(.stringNotLike), spec.keyPrefix + ":sub", denied)]
  }

  /// One line per subject: what it admits (the review screen).
  public static func admitted(_ scope: SubjectScope) -> [String] {
    switch scope {
    case .github(let subjects):
      let denied = Set(unaskedPullRequestSubjects(scope))
      return subjects.map { s in
        switch s.context {
        case .branch(let b): "\(s.repo): runs on branch \(b) (no pull requests)"
        case .tag(let t): "\(s.repo): runs on tag \(t) (no pull requests)"
        case .environment(let e): "\(s.repo): jobs that use environment \(e)"
        case .pullRequest: "\(s.repo): pull_request runs (forks included if the repository runs their workflows)"
        case .any:
          denied.contains(pullRequestSubject(repo: s.repo))
            ? "\(s.repo): every event except pull_request (denied by StringNotLike)" : "\(s.repo): every event"
        }
      }
    case .gitlab(let subjects):
      return subjects.map { s in
        let kind = s.refType?.rawValue ?? "ref"
        return "\(s.projectPath): pipelines on \(s.ref.map { kind + " " + $0 } ?? "any " + kind)"
          + " (merge requests from forks run in the fork's project and do not match)"
      }
    case .generic(let subs):
      return subs.map { "sub matching \($0)" }
    }
  }

  /// Pull-request subjects the scope matches only through an "any context" pattern.
  static func unaskedPullRequestSubjects(_ scope: SubjectScope) -> [String] {
    guard case .github(let subjects) = scope else { return [] }
    let asked = Set(subjects.filter { $0.context == .pullRequest }.map(\.repo))
    var seen: Set<String> = []
    return subjects.filter { $0.context == .any && !asked.contains($0.repo) }.map { pullRequestSubject(repo: $0.repo) }
      .filter { seen.insert($0).inserted }
  }
}

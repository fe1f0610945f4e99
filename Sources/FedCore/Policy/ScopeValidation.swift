/// Checks on the subject-scope answers, so that every generated `sub` is well formed, names a
/// project, and can match (`providers.md` §1.4, §2.4; failure story 13).
enum ScopeValidation {
  static func issues(_ answers: WizardAnswers) -> [WizardIssue] {
    var issues: [WizardIssue] = []
    func add(_ field: WizardField, _ message: String?) {
      if let message { issues.append(WizardIssue(.scope, field, message)) }
    }
    let s = answers.scope
    switch answers.provider {
    case .gitlab:
      if s.projectPaths.isEmpty { add(.projectPath, "give at least one GitLab project path (group/project)") }
      for p in s.projectPaths { add(.projectPath, path(p, what: "a project path")) }
      for r in s.refs {
        add(.ref, WizardValidation.subPart(r, what: "a ref"))
        if r.hasPrefix("refs/") { add(.ref, "GitLab puts the short ref name in sub: use main, not refs/heads/main (found \"\(r)\")") }
      }
    case .github:
      if s.repos.isEmpty { add(.repo, "give at least one GitHub repository (owner/repo)") }
      for r in s.repos { add(.repo, path(r, what: "a repository")) }
      for (field, list) in [(WizardField.branch, s.branches), (.tag, s.tags), (.environment, s.environments)] {
        for v in list {
          add(field, WizardValidation.subPart(v, what: "a \(field.rawValue)"))
          if v.hasPrefix("refs/") { add(field, "give the name only: main, not refs/heads/main (found \"\(v)\")") }
        }
      }
    case .generic:
      if s.subs.isEmpty { add(.sub, "give at least one sub value or pattern") }
      for v in s.subs where v.isEmpty || v.unicodeScalars.contains(where: TextSafety.isUnsafe) {
        add(.sub, "a sub value must be non-empty text without control characters")
      }
    }
    guard issues.isEmpty else { return issues }
    return patternIssues(answers)
  }

  /// `owner/name` or `group/sub/project`: no wildcard in the owner, no `:` or spaces.
  static func path(_ p: String, what: String) -> String? {
    if let problem = WizardValidation.subPart(p, what: what) { return problem }
    let parts = p.split(separator: "/", omittingEmptySubsequences: false)
    if parts.count < 2 || parts.contains(where: \.isEmpty) { return "\(what) must look like owner/name (found \"\(p)\")" }
    if PatternMatch.hasWildcard(String(parts[0])) { return "\(what) must name its owner or group without wildcards (found \"\(p)\")" }
    return nil
  }

  /// The generated patterns, checked with the linter's own sub rules.
  static func patternIssues(_ answers: WizardAnswers) -> [WizardIssue] {
    let field: WizardField = answers.provider == .gitlab ? .projectPath : answers.provider == .github ? .repo : .sub
    return answers.scope.scope(for: answers.provider).subPatterns.compactMap { pattern in
      let literal = !PatternMatch.hasWildcard(pattern)
      if SubPatternRules.isTooBroad(pattern) {
        return WizardIssue(.scope, field, "the sub pattern \"\(pattern)\" admits any project of the issuer: name the project or add a ref")
      }
      if let reason = SubPatternRules.unmatchableReason(pattern, literal: literal) {
        return WizardIssue(.scope, field, "the sub pattern \"\(pattern)\" can never match: \(reason)")
      }
      return nil
    }
  }
}

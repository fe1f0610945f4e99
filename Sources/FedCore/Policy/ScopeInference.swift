/// The narrowest subject scope that admits one token: its project or repository plus its ref,
/// tag or environment, read from `sub` (what IAM compares) and checked against it.
enum ScopeInference {
  struct Inferred {
    var scope: ScopeAnswers
    var reasons: [String]
  }

  static func scope(provider: PolicyProvider, sub: String, claims: JSONValue) -> Result<Inferred, PolicyInferenceFailure> {
    let inferred: Result<Inferred, PolicyInferenceFailure>
    switch provider {
    case .github: inferred = github(sub: sub)
    case .gitlab: inferred = gitlab(sub: sub, claims: claims)
    case .generic:
      inferred = .success(Inferred(scope: ScopeAnswers(subs: [sub]), reasons: ["sub \(sub): the token's sub, exactly (no known grammar)"]))
    }
    guard case .success(let result) = inferred else { return inferred }
    // The pattern the generator writes must be the token's own sub, or the policy would not admit it.
    guard result.scope.scope(for: provider).subPatterns == [sub] else {
      return .failure(PolicyInferenceFailure("sub \(sub): not in the provider's default form; give the scope flags (or --sub)"))
    }
    return .success(result)
  }

  /// `repo:OWNER/REPO:ref:refs/heads/B`, `…:ref:refs/tags/T`, `…:environment:E`, `…:pull_request`.
  static func github(sub: String) -> Result<Inferred, PolicyInferenceFailure> {
    guard sub.hasPrefix("repo:"), let repository = GitHubSub.repository(sub) else {
      return .failure(PolicyInferenceFailure("sub \(sub): does not start with repo:OWNER/REPO (a custom sub template?); give --repo"))
    }
    let path = repository.isImmutable ? repository.immutablePath : repository.legacyPath
    let context = String(sub.dropFirst("repo:".count + path.count + 1))
    var scope = ScopeAnswers(repos: [path])
    var reasons = ["repository \(path): from sub" + (repository.isImmutable ? " (GitHub's immutable-ID form)" : "")]
    if let branch = context.strip(prefix: "ref:refs/heads/") {
      scope.branches = [branch]
      reasons.append("branch \(branch): sub names ref refs/heads/\(branch)")
    } else if let tag = context.strip(prefix: "ref:refs/tags/") {
      scope.tags = [tag]
      reasons.append("tag \(tag): sub names ref refs/tags/\(tag)")
    } else if let environment = context.strip(prefix: "environment:") {
      scope.environments = [environment]
      reasons.append("environment \(environment): GitHub puts the environment in sub, not the ref, for jobs with an environment")
    } else if context == "pull_request" {
      scope.pullRequest = true
      reasons.append("pull_request: the token is from a pull_request run; a policy that admits it admits any PR's code")
    } else {
      return .failure(PolicyInferenceFailure("sub \(sub): the context after the repository is not a ref, environment or pull_request"))
    }
    return .success(Inferred(scope: scope, reasons: reasons))
  }

  /// `project_path:P:ref_type:T:ref:R`, from the `project_path`, `ref_type` and `ref` claims.
  static func gitlab(sub: String, claims: JSONValue) -> Result<Inferred, PolicyInferenceFailure> {
    guard let project = claims["project_path"]?.stringValue, !project.isEmpty else {
      return .failure(PolicyInferenceFailure("the token has no project_path claim"))
    }
    guard let typeText = claims["ref_type"]?.stringValue, let type = GitRefType(rawValue: typeText) else {
      return .failure(PolicyInferenceFailure("ref_type: missing or not branch/tag"))
    }
    guard let ref = claims["ref"]?.stringValue, !ref.isEmpty else { return .failure(PolicyInferenceFailure("the token has no ref claim")) }
    let scope = ScopeAnswers(projectPaths: [project], refTypes: [type], refs: [ref])
    return .success(
      Inferred(
        scope: scope,
        reasons: ["project \(project): the token's project_path", "\(type.rawValue) \(ref): the token's ref_type and ref, as in sub"]))
  }
}

extension String {
  /// The rest after `prefix`, or nil when the string does not start with it (or nothing follows).
  fileprivate func strip(prefix: String) -> String? {
    guard hasPrefix(prefix), count > prefix.count else { return nil }
    return String(dropFirst(prefix.count))
  }
}

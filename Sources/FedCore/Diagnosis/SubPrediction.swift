/// The `sub` a provider's default template produces from a token's other claims, to compare
/// with the token's actual `sub` (`spec/providers.md` §1.4, §2.4; failure story #9).
public enum SubPrediction {
  /// GitLab's default `project_path:{path}:ref_type:{branch|tag}:ref:{ref}`, or nil without those claims.
  public static func gitlab(claims: JSONValue) -> String? {
    guard let path = claims["project_path"]?.stringValue, let ref = claims["ref"]?.stringValue else { return nil }
    let type = claims["ref_type"]?.stringValue ?? "branch"
    return "project_path:\(path):ref_type:\(type):ref:\(ref)"
  }

  /// GitHub's immutable default (`repo:OWNER@OWNER_ID/REPO@REPO_ID:<context>`, automatic since
  /// 2026-07-15 for new, renamed or transferred repositories: github/docs#45221), or nil without
  /// `repository`, `repository_owner_id` and `repository_id`.
  public static func githubImmutable(claims: JSONValue) -> String? {
    guard let legacy = github(claims: claims), let repo = claims["repository"]?.stringValue,
      let ownerID = idString(claims["repository_owner_id"]), let repoID = idString(claims["repository_id"])
    else { return nil }
    let halves = repo.split(separator: "/", maxSplits: 1).map(String.init)
    guard halves.count == 2 else { return nil }
    let path = GitHubSub.Repository(owner: halves[0], ownerID: ownerID, name: halves[1], repoID: repoID).immutablePath
    return "repo:" + path + legacy.dropFirst("repo:".count + repo.count)
  }

  /// A numeric ID claim as text (GitHub sends strings; accept integers too).
  static func idString(_ value: JSONValue?) -> String? {
    switch value {
    case .string(let s)? where !s.isEmpty && s.allSatisfy(\.isNumber): return s
    case .integer(let n)?: return String(n)
    default: return nil
    }
  }

  /// GitHub Actions' default: environment > pull_request > ref.
  /// The default-template `sub` these claims produce, or nil without `repository`.
  public static func github(claims: JSONValue) -> String? {
    guard let repo = claims["repository"]?.stringValue, !repo.isEmpty else { return nil }
    let escape = { (s: String) in s.split(separator: ":", omittingEmptySubsequences: false).joined(separator: "%3A") }
    if let env = claims["environment"]?.stringValue, !env.isEmpty {
      return "repo:\(repo):environment:\(escape(env))"
    }
    if claims["event_name"]?.stringValue == "pull_request" { return "repo:\(repo):pull_request" }
    guard let ref = claims["ref"]?.stringValue, !ref.isEmpty else { return nil }
    return "repo:\(repo):ref:\(escape(ref))"
  }
}

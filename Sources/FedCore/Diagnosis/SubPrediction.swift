/// The `sub` a provider's default template produces from a token's other claims, to compare
/// with the token's actual `sub` (`spec/providers.md` §1.4, §2.4; failure story #9).
public enum SubPrediction {
  /// GitLab's default `project_path:{path}:ref_type:{branch|tag}:ref:{ref}`, or nil without those claims.
  public static func gitlab(claims: JSONValue) -> String? {
    guard let path = claims["project_path"]?.stringValue, let ref = claims["ref"]?.stringValue else { return nil }
    let type = claims["ref_type"]?.stringValue ?? "branch"
    return "project_path:\(path):ref_type:\(type):ref:\(ref)"
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

/// GitHub Actions' default `sub` from a token's claims (`spec/providers.md` §2.4):
/// environment > pull_request > ref.
public enum SubPrediction {
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

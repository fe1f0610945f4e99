/// The URLs a probe fetches for an issuer (OpenID Connect Discovery 1.0 §4).
public enum ProbeURLs {
  /// The base every probe URL hangs off: the issuer without one trailing `/`. An issuer without
  /// a scheme (GitLab's old bare-host `iss`, e.g. `gitlab.example.com`) is probed as
  /// `https://<host>`: the evidence then shows what the operator most likely meant, while the
  /// diagnosis still reports `iss-not-https` from the token itself. `http://` is kept as given.
  /// A query or fragment is cut off (IAM refuses both; `iss-url-invalid` reports them), so that
  /// a `#` cannot swallow the well-known path.
  public static func base(issuer: String) -> String {
    var base = IssuerURL.withoutQueryOrFragment(issuer)
    if !base.contains("://") { base = "https://" + base }
    if base.hasSuffix("/") { base.removeLast() }
    return base
  }

  /// `<issuer>/.well-known/openid-configuration` (a trailing `/` of the issuer is removed first).
  public static func discovery(issuer: String) -> String {
    base(issuer: issuer) + "/.well-known/openid-configuration"
  }

  /// `<issuer><path>` for each alternate key path (`ProviderProfile.alternateKeyPaths`), without
  /// duplicates and without the discovery URL.
  public static func alternates(issuer: String, paths: [String]) -> [String] {
    let root = base(issuer: issuer)
    var seen: Set<String> = [discovery(issuer: issuer)]
    var urls: [String] = []
    for path in paths {
      let url = root + (path.hasPrefix("/") ? path : "/" + path)
      if seen.insert(url).inserted { urls.append(url) }
    }
    return urls
  }
}

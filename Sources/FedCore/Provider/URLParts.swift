/// The parts of an `http(s)://` URL FedTUI's network checks need: scheme, userinfo, host, port.
/// Pure and lenient: it splits, `CurlFetcher.validate` decides.
public struct URLParts: Sendable, Equatable {
  /// Lowercased scheme (`https`).
  public var scheme: String
  /// The `user:password` before an `@` in the authority, when present.
  public var userinfo: String?
  /// The host as written, brackets of an IPv6 literal removed.
  public var host: String
  /// The explicit port, when one is written.
  public var port: Int?
  /// Everything from the first `/`, `?` or `#` after the authority.
  public var rest: String

  /// Nil when the text has no `scheme://`.
  public init?(_ url: String) {
    guard let sep = url.firstRange(of: "://") else { return nil }
    scheme = url[..<sep.lowerBound].lowercased()
    let afterScheme = url[sep.upperBound...]
    let end = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" || $0 == "\\" }) ?? afterScheme.endIndex
    var authority = afterScheme[..<end]
    rest = String(afterScheme[end...])
    userinfo = nil
    if let at = authority.lastIndex(of: "@") {
      userinfo = String(authority[..<at])
      authority = authority[authority.index(after: at)...]
    }
    port = nil
    if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
      host = String(authority[authority.index(after: authority.startIndex)..<close])
      let tail = authority[authority.index(after: close)...]
      if tail.hasPrefix(":") { port = Int(tail.dropFirst()) ?? -1 }
    } else if let colon = authority.lastIndex(of: ":") {
      host = String(authority[..<colon])
      port = Int(authority[authority.index(after: colon)...]) ?? -1
    } else {
      host = String(authority)
    }
  }

  /// The port a connection uses: the explicit one, else 443 for https and 80 for http.
  public var effectivePort: Int { port ?? (scheme == "https" ? 443 : 80) }
}

/// The rules an issuer URL must meet to be an IAM provider URL and a safe thing to fetch
/// (IAM `CreateOpenIDConnectProvider`: https, no port, query or fragment, at most 255
/// characters; and no userinfo, which libcurl would send as Basic authentication).
/// `check` (`iss-url-invalid`) and the dashboard's issuer prompt use the same rules.
public enum IssuerURL {
  /// One line per problem (`label`, sentence), empty when the URL is acceptable.
  public static func problems(_ iss: String) -> [(label: String, message: String)] {
    var out: [(String, String)] = []
    let parts = URLParts(iss) ?? URLParts("https://" + iss)
    if let userinfo = parts?.userinfo {
      out.append(("userinfo", "the URL carries userinfo (\(userinfo.contains(":") ? "user:password" : "a user name")@) before the host"))
    }
    if let parts, parts.port != nil { out.append(("port", "the URL has a port (\(IssuerRules.splitAuthority(iss).0))")) }
    if iss.contains("?") { out.append(("query", "the URL has a query")) }
    if iss.contains("#") { out.append(("fragment", "the URL has a fragment")) }
    if iss.utf8.count > 255 { out.append(("length", "\(iss.utf8.count) characters (IAM allows 255)")) }
    return out
  }

  /// Nil when `text` is a usable issuer for a probe: https (or http, reported by `check`),
  /// a host, and none of the `problems`; otherwise a sentence for the prompt.
  public static func promptError(_ text: String) -> String? {
    guard let parts = URLParts(text), parts.scheme == "https" || parts.scheme == "http" else {
      return "an issuer URL starts with https://"
    }
    if parts.host.isEmpty { return "the URL has no host" }
    if text.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) {
      return "the URL contains spaces or control characters"
    }
    if let first = problems(text).first { return first.message + " (an IAM provider URL cannot)" }
    return nil
  }

  /// The issuer with any query or fragment cut off: what a probe fetches under. IAM refuses
  /// such provider URLs, and a `#` would otherwise swallow `/.well-known/openid-configuration`.
  public static func withoutQueryOrFragment(_ iss: String) -> String {
    guard let cut = iss.firstIndex(where: { $0 == "?" || $0 == "#" }) else { return iss }
    return String(iss[..<cut])
  }
}

/// An IAM or STS endpoint: AWS's own, or an override from `AWS_ENDPOINT_URL_IAM`,
/// `AWS_ENDPOINT_URL_STS` or `AWS_ENDPOINT_URL` (AWS SDKs and Tools reference, "Service-specific
/// endpoints"). Plain `http://` is allowed only for a loopback host: credentials and tokens travel
/// in these requests.
public struct AWSEndpoint: Sendable, Equatable {
  /// `https://iam.amazonaws.com`, `http://127.0.0.1:5000`, ... (no trailing slash).
  public var url: String
  /// Where it came from: `default`, `AWS_ENDPOINT_URL_IAM`, ...
  public var source: String

  public init(url: String, source: String) {
    var url = url
    while url.hasSuffix("/") { url.removeLast() }
    self.url = url
    self.source = source
  }

  /// Checks an override: `https://host[:port][/path]`, or `http://` to 127.0.0.0/8, `localhost` or `[::1]`.
  public static func validated(_ url: String, source: String) -> Result<AWSEndpoint, AWSConfigError> {
    let lower = url.lowercased()
    let bad = { (why: String) in Result<AWSEndpoint, AWSConfigError>.failure(.invalidEndpoint(source, url, why)) }
    if url.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) { return bad("spaces or control characters") }
    if lower.hasPrefix("https://") { return host(of: url).isEmpty ? bad("no host") : .success(AWSEndpoint(url: url, source: source)) }
    guard lower.hasPrefix("http://") else { return bad("only https:// (or http:// to a loopback address) is allowed") }
    guard isLoopback(host: host(of: url)) else {
      return bad("plain http:// is allowed only for loopback endpoints (127.0.0.1, ::1, localhost)")
    }
    return .success(AWSEndpoint(url: url, source: source))
  }

  /// The host of an `http(s)://host[:port]/...` URL, lowercased, brackets kept off IPv6.
  static func host(of url: String) -> String {
    guard let colon = url.firstIndex(of: ":"), url[colon...].hasPrefix("://") else { return "" }
    let rest = url[url.index(colon, offsetBy: 3)...]
    let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    let hostPort = authority.split(separator: "@").last.map(String.init) ?? ""
    if hostPort.hasPrefix("[") { return String(hostPort.dropFirst().prefix { $0 != "]" }).lowercased() }
    return String(hostPort.prefix { $0 != ":" }).lowercased()
  }

  /// 127.0.0.0/8 in dotted form, `::1`, or `localhost`.
  static func isLoopback(host: String) -> Bool {
    if host == "localhost" || host == "::1" { return true }
    let octets = host.split(separator: ".", omittingEmptySubsequences: false)
    return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a hop's host becomes addresses, and which addresses count as public. The live lookup is
/// `getaddrinfo` and `AddressPolicy`; tests substitute names (never other addresses).
public struct HostLookup: Sendable {
  /// The addresses of a host name, or a sentence saying why there are none.
  public var resolve: @Sendable (String) -> Result<[IPAddress], LookupFailure>
  /// Why an address is not public, nil when it is.
  public var nonPublicReason: @Sendable (IPAddress) -> String?
  /// True when libcurl will reach this URL through a proxy (`*_proxy` variables): the proxy then
  /// resolves the name, so only numeric hosts can be checked here.
  public var viaProxy: @Sendable (URLParts) -> Bool

  public init(
    resolve: @escaping @Sendable (String) -> Result<[IPAddress], LookupFailure> = HostLookup.getaddrinfoResolve,
    nonPublicReason: @escaping @Sendable (IPAddress) -> String? = AddressPolicy.nonPublicReason,
    viaProxy: @escaping @Sendable (URLParts) -> Bool = HostLookup.environmentProxy
  ) {
    self.resolve = resolve
    self.nonPublicReason = nonPublicReason
    self.viaProxy = viaProxy
  }

  /// libcurl's proxy variables for the scheme (`http_proxy` lowercase only), minus `CurlGlobal.noProxy`.
  public static let environmentProxy: @Sendable (URLParts) -> Bool = { parts in
    let names =
      parts.scheme == "https" ? ["https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"] : ["http_proxy", "all_proxy", "ALL_PROXY"]
    guard names.contains(where: { getenv($0).map { $0.pointee != 0 } ?? false }) else { return false }
    let host = NetworkConsent.normalized(parts.host)
    for raw in CurlGlobal.noProxy.split(separator: ",") {
      var entry = Substring(raw.lowercased()).drop(while: { $0 == " " || $0 == "." })
      while entry.hasSuffix(" ") { entry = entry.dropLast() }
      if entry == "*" || host == entry || host.hasSuffix("." + entry) { return false }
    }
    return true
  }

  public static let system = HostLookup()

  /// `getaddrinfo(host, AF_UNSPEC, SOCK_STREAM)`: every address, duplicates removed, in order.
  public static let getaddrinfoResolve: @Sendable (String) -> Result<[IPAddress], LookupFailure> = { host in
    var hints = addrinfo()
    hints.ai_family = AF_UNSPEC
    #if os(Linux)
      hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
    #else
      hints.ai_socktype = SOCK_STREAM
    #endif
    var list: UnsafeMutablePointer<addrinfo>? = nil
    let rc = getaddrinfo(host, nil, &hints, &list)
    guard rc == 0 else { return .failure(LookupFailure("could not resolve \(host): \(String(cString: gai_strerror(rc)))")) }
    defer { freeaddrinfo(list) }
    var out: [IPAddress] = []
    var node = list
    while let entry = node?.pointee {
      if let address = Self.address(entry), !out.contains(address) { out.append(address) }
      node = entry.ai_next
    }
    return out.isEmpty ? .failure(LookupFailure("\(host) has no IPv4 or IPv6 address")) : .success(out)
  }

  private static func address(_ entry: addrinfo) -> IPAddress? {
    guard let sa = entry.ai_addr else { return nil }
    switch Int32(entry.ai_family) {
    case AF_INET:
      return sa.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { .v4(UInt32(bigEndian: $0.pointee.sin_addr.s_addr)) }
    case AF_INET6:
      return sa.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { p in
        var a = p.pointee.sin6_addr
        return .v6(withUnsafeBytes(of: &a) { Array($0) })
      }
    default:
      return nil
    }
  }
}

/// Why a host has no address.
public struct LookupFailure: Error, Sendable, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
}

/// The address check before every hop of a fetch whose URL came from a token or a server:
/// resolve the host once, refuse when any address is not public (unless the operator consented),
/// and pin the connection to exactly the checked addresses (`CURLOPT_RESOLVE`), so that DNS
/// cannot answer differently between the check and the connection.
enum AddressGuard {
  /// What a hop may do: connect with these `CURLOPT_RESOLVE` entries (empty: no pin needed).
  enum Verdict: Equatable {
    case connect(pins: [String])
    case refuse(RefusedAddress)
    case unresolvable(String)
  }

  static func check(_ url: String, consent: NetworkConsent, lookup: HostLookup) -> Verdict {
    guard let parts = URLParts(url), !parts.host.isEmpty else { return .connect(pins: []) }
    if consent.allows(host: parts.host) { return .connect(pins: []) }
    if let literal = IPAddress(host: parts.host) {
      if let reason = lookup.nonPublicReason(literal) {
        return .refuse(RefusedAddress(host: parts.host, address: literal.description, reason: reason))
      }
      return .connect(pins: [])
    }
    guard isPlainHostName(parts.host) else {
      return .unresolvable("the host \(parts.host) is not a plain DNS name (letters, digits, '-', '_' and '.' only)")
    }
    if lookup.viaProxy(parts) { return .connect(pins: []) }
    let addresses: [IPAddress]
    switch lookup.resolve(parts.host) {
    case .success(let found): addresses = found
    case .failure(let failure): return .unresolvable(failure.message)
    }
    if let bad = addresses.first(where: { lookup.nonPublicReason($0) != nil }) {
      return .refuse(RefusedAddress(host: parts.host, address: bad.description, reason: lookup.nonPublicReason(bad)!))
    }
    return .connect(pins: [pin(host: parts.host, port: parts.effectivePort, addresses: addresses)])
  }

  /// ASCII letters, digits, `-`, `_` and `.`: what can be resolved and pinned unambiguously (a
  /// `,` or `:` would change the meaning of a `CURLOPT_RESOLVE` entry; other names fail closed).
  static func isPlainHostName(_ host: String) -> Bool {
    !host.isEmpty && host.utf8.count <= 253
      && host.utf8.allSatisfy { b in
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x2E || b == 0x5F
      }
  }

  /// One `CURLOPT_RESOLVE` entry: `host:port:addr[,addr…]`, IPv6 in brackets.
  static func pin(host: String, port: Int, addresses: [IPAddress]) -> String {
    let list = addresses.map { a -> String in
      if case .v6 = a { return "[\(a)]" }
      return a.description
    }
    return "\(host):\(port):" + list.joined(separator: ",")
  }
}

/// A fetch refused because its host is not publicly routable (`issuer-not-public`).
public struct RefusedAddress: Sendable, Equatable {
  /// The host as written in the URL.
  public var host: String
  /// The first address that is not public.
  public var address: String
  /// What kind of address it is ("a private address (RFC 1918)").
  public var reason: String

  public init(host: String, address: String, reason: String) {
    self.host = host
    self.address = address
    self.reason = reason
  }

  /// "internal.example resolves to 10.1.2.3, a private address (RFC 1918)".
  public var sentence: String {
    host == address || IPAddress(host: host) != nil
      ? "\(host) is \(reason)" : "\(host) resolves to \(address), \(reason)"
  }
}

/// Which addresses FedTUI may fetch from when the URL came from a token or a server rather than
/// from the operator. AWS fetches discovery and keys from the internet, so an issuer on a
/// loopback, private or link-local address can never work for STS, and fetching it from here
/// would let a token aim FedTUI at the operator's own network (cloud metadata at 169.254.169.254).
///
/// Ranges: IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890 and updates):
/// RFC 1122 (0/8, loopback), RFC 1918 (private), RFC 6598 (CGNAT), RFC 3927 (link-local),
/// RFC 5737 / RFC 3849 (documentation), RFC 2544 (benchmarking), RFC 4193 (`fc00::/7`),
/// RFC 4291 (link-local, multicast, IPv4-mapped), RFC 6052 (NAT64), RFC 3056 (6to4).
public enum AddressPolicy {
  /// Why an address is not publicly routable, or nil when it is.
  public static func nonPublicReason(_ address: IPAddress) -> String? {
    switch address {
    case .v4(let v): return v4Reason(v)
    case .v6(let b):
      if let embedded = address.embeddedV4 {
        return v4Reason(embedded).map { $0 + " (embedded in an IPv6 address)" }
      }
      return v6Reason(b)
    }
  }

  /// True when no reason stands against the address.
  public static func isPublic(_ address: IPAddress) -> Bool { nonPublicReason(address) == nil }

  static let v4Ranges: [(base: UInt32, bits: UInt32, reason: String)] = [
    (0x0000_0000, 8, "an unspecified (\"this network\") address"),
    (0x0A00_0000, 8, "a private address (RFC 1918)"),
    (0x6440_0000, 10, "a carrier-grade NAT address (100.64.0.0/10)"),
    (0x7F00_0000, 8, "a loopback address"),
    (0xA9FE_0000, 16, "a link-local address (cloud metadata lives at 169.254.169.254)"),
    (0xAC10_0000, 12, "a private address (RFC 1918)"),
    (0xC000_0000, 24, "an IETF protocol assignment (192.0.0.0/24)"),
    (0xC000_0200, 24, "a documentation address"),
    (0xC058_6300, 24, "a 6to4 relay anycast address"),
    (0xC0A8_0000, 16, "a private address (RFC 1918)"),
    (0xC612_0000, 15, "a benchmarking address (198.18.0.0/15)"),
    (0xC633_6400, 24, "a documentation address"),
    (0xCB00_7100, 24, "a documentation address"),
    (0xE000_0000, 4, "a multicast address"),
    (0xF000_0000, 4, "a reserved address (240.0.0.0/4, broadcast included)"),
  ]

  static func v4Reason(_ v: UInt32) -> String? {
    v4Ranges.first { range in
      let mask: UInt32 = range.bits == 0 ? 0 : ~UInt32(0) << (32 - range.bits)
      return v & mask == range.base
    }?.reason
  }

  static func v6Reason(_ b: [UInt8]) -> String? {
    if b.allSatisfy({ $0 == 0 }) { return "an unspecified address (::)" }
    if b[0..<15].allSatisfy({ $0 == 0 }) && b[15] == 1 { return "a loopback address (::1)" }
    if b[0] & 0xFE == 0xFC { return "a unique local (private) address (fc00::/7)" }
    if b[0] == 0xFE && b[1] & 0xC0 == 0x80 { return "a link-local address (fe80::/10)" }
    if b[0] == 0xFE && b[1] & 0xC0 == 0xC0 { return "a site-local address (fec0::/10, deprecated)" }
    if b[0] == 0xFF { return "a multicast address" }
    if b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8 { return "a documentation address (2001:db8::/32)" }
    if b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00 { return "a Teredo address (2001::/32)" }
    if b[0] == 0x01 && b[1..<8].allSatisfy({ $0 == 0 }) { return "a discard-only address (100::/64)" }
    if b[0..<10].allSatisfy({ $0 == 0 }) { return "a reserved address (::/80)" }
    // Only 2000::/3 is allocated as global unicast.
    if b[0] & 0xE0 != 0x20 { return "a reserved address (outside 2000::/3)" }
    return nil
  }
}

/// The operator's consent to fetch from addresses that are not public (`--issuer`,
/// `--allow-private-network`, a "y" in the dashboard). The default refuses them.
public struct NetworkConsent: Sendable, Equatable {
  /// `--allow-private-network`: every address may be fetched.
  public var allowPrivateNetwork: Bool
  /// Hosts the operator named (lowercased, no brackets): these may resolve anywhere.
  public var allowedHosts: Set<String>

  public init(allowPrivateNetwork: Bool = false, allowedHosts: Set<String> = []) {
    self.allowPrivateNetwork = allowPrivateNetwork
    self.allowedHosts = Set(allowedHosts.map(Self.normalized))
  }

  /// Fetch anything (URLs the operator typed: `thumbprint`, tests).
  public static let unrestricted = NetworkConsent(allowPrivateNetwork: true)
  /// Public addresses only.
  public static let publicOnly = NetworkConsent()

  /// Whether `host` may be fetched whatever it resolves to.
  public func allows(host: String) -> Bool { allowPrivateNetwork || allowedHosts.contains(Self.normalized(host)) }

  /// Adds one host (the dashboard's "y").
  public mutating func allow(host: String) { allowedHosts.insert(Self.normalized(host)) }

  static func normalized(_ host: String) -> String {
    var h = Substring(host.lowercased())
    if h.hasPrefix("[") && h.hasSuffix("]") { h = h.dropFirst().dropLast() }
    if h.hasSuffix(".") { h = h.dropLast() }
    return String(h)
  }
}

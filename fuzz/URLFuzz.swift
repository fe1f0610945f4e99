/// Fuzz target `url`: any text as a URL or host through the network checks: `URLParts`,
/// `IPAddress` (every numeric spelling), `AddressPolicy`, `IssuerURL`, `CurlFetcher.validate`,
/// `ProbeURLs` and the per-hop `AddressGuard` (with a lookup that never touches the network).
/// Invariants: a numeric host that parses prints back to a form that parses to the same
/// address; the guard never lets a non-public literal through; probe URLs carry no `#` or `?`
/// from the issuer; refusal sentences are terminal-safe once escaped.
enum URLFuzz {
  /// Resolves every name to one fixed address derived from the name, so both outcomes occur.
  static let lookup = HostLookup(
    resolve: { name in
      let v = name.utf8.reduce(UInt32(2_166_136_261)) { ($0 ^ UInt32($1)) &* 16_777_619 }
      return .success([.v4(v)])
    }, viaProxy: { _ in false })

  static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
    let text = String(decoding: bytes, as: UTF8.self)
    if let address = IPAddress(host: text) {
      let printed = address.description
      FuzzCheck.require(IPAddress(host: printed) == address, "\(text.debugDescription) printed as \(printed) does not parse back")
      _ = AddressPolicy.nonPublicReason(address)
      if case .v4 = address {
        FuzzCheck.require(
          AddressPolicy.isPublic(address) == AddressPolicy.isPublic(.v6([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF] + v4Bytes(address))),
          "IPv4-mapped form of \(printed) classified differently")
      }
    }
    for url in [text, "https://" + text, "http://" + text + "/x"] {
      _ = URLParts(url)
      _ = IssuerURL.problems(url)
      _ = IssuerURL.promptError(url)
      _ = CurlFetcher.validate(url)
      let probe = ProbeURLs.discovery(issuer: url)
      FuzzCheck.require(!probe.contains("#") && !probe.contains("?"), "probe URL keeps a query or fragment: \(probe.debugDescription)")
      switch AddressGuard.check(url, consent: .publicOnly, lookup: lookup) {
      case .refuse(let refused):
        FuzzCheck.terminalSafe(TextSafety.escaped(refused.sentence), "escaped refusal")
      case .connect(let pins):
        if let host = URLParts(url)?.host, let literal = IPAddress(host: host) {
          FuzzCheck.require(AddressPolicy.isPublic(literal), "non-public literal \(host.debugDescription) allowed")
        }
        for pin in pins { FuzzCheck.require(!pin.contains(","), "more than one address pinned: \(pin)") }
      case .unresolvable: break
      }
    }
  }

  static func v4Bytes(_ address: IPAddress) -> [UInt8] {
    guard case .v4(let v) = address else { return [] }
    return [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
  }
}

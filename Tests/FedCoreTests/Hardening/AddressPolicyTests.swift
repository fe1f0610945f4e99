import Testing

@testable import FedCore

/// The pure address classifier and the per-hop guard: every numeric spelling of an address, every
/// non-public range, consent, and the `CURLOPT_RESOLVE` pin. No traffic at all.
@Suite struct AddressPolicyTests {
  @Test(arguments: [
    ("2852039166", "169.254.169.254"), ("0x7f.1", "127.0.0.1"), ("0251.0376.0251.0376", "169.254.169.254"),
    ("127.1", "127.0.0.1"), ("0x7f000001", "127.0.0.1"), ("0xA9.0xFE.0xA9.0xFE", "169.254.169.254"), ("10.0.258", "10.0.1.2"),
    ("017700000001", "127.0.0.1"), ("8.8.8.8", "8.8.8.8"), ("[::ffff:169.254.169.254]", "::ffff:a9fe:a9fe"), ("::1", "::1"),
    ("[fe80::1%eth0]", "fe80::1"), ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"),
  ])
  func numericHostForms(host: String, address: String) {
    #expect(IPAddress(host: host)?.description == address)
  }

  @Test(arguments: ["example.com", "256.1.1.1", "1.2.3.4.5", "0x", "1..2", "08.1.1.1", "::1::2", "gitlab.com.", ""])
  func namesAndInvalidNumbersAreNotAddresses(host: String) {
    if host == "0x" {
      // inet_aton reads a bare "0x" as 0: the classifier must see it as 0.0.0.0, not as a name.
      #expect(IPAddress(host: host) == .v4(0))
    } else {
      #expect(IPAddress(host: host) == nil)
    }
  }

  @Test(arguments: [
    "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "100.64.0.1", "100.127.255.255", "127.0.0.1", "127.255.255.254",
    "0.0.0.0", "0.1.2.3", "169.254.169.254", "224.0.0.1", "239.255.255.250", "255.255.255.255", "240.0.0.1", "192.0.2.1",
    "198.18.0.1", "::", "::1", "fc00::1", "fd12:3456::1", "fe80::1", "ff02::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1",
    "64:ff9b::a9fe:a9fe", "2002:c0a8:0101::1", "2001:db8::1", "fec0::1", "2852039166", "0x7f.1", "[::ffff:169.254.169.254]",
  ])
  func nonPublicAddresses(text: String) throws {
    let address = try #require(IPAddress(host: text))
    #expect(AddressPolicy.nonPublicReason(address) != nil, "\(text) must not be public")
  }

  @Test(arguments: [
    "8.8.8.8", "1.1.1.1", "172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1", "169.253.1.1", "192.169.0.1",
    "2606:4700::1111", "2a00:1450:4001::200e", "::ffff:8.8.8.8",
  ])
  func publicAddresses(text: String) throws {
    let address = try #require(IPAddress(host: text))
    #expect(AddressPolicy.nonPublicReason(address) == nil, "\(text) is public")
  }

  static func lookup(_ table: [String: [String]]) -> HostLookup {
    HostLookup(
      resolve: { name in
        guard let list = table[name] else { return .failure(LookupFailure("no such host \(name)")) }
        return .success(list.compactMap { IPAddress(host: $0) })
      }, viaProxy: { _ in false })
  }

  @Test func guardRefusesAnyNonPublicAddressOfAName() {
    let lookup = Self.lookup(["internal.example": ["93.184.216.34", "10.1.2.3"], "public.example": ["93.184.216.34", "2606:2800::1"]])
    let refused = AddressGuard.check("https://internal.example/.well-known/openid-configuration", consent: .publicOnly, lookup: lookup)
    #expect(
      refused
        == .refuse(RefusedAddress(host: "internal.example", address: "10.1.2.3", reason: "a private address (RFC 1918)")))
    if case .refuse(let r) = refused {
      #expect(r.sentence == "internal.example resolves to 10.1.2.3, a private address (RFC 1918)")
    }
    #expect(
      AddressGuard.check("https://public.example:8443/x", consent: .publicOnly, lookup: lookup)
        == .connect(pins: ["public.example:8443:93.184.216.34,[2606:2800::1]"]))
    #expect(
      AddressGuard.check("https://nowhere.example/", consent: .publicOnly, lookup: lookup) == .unresolvable("no such host nowhere.example"))
  }

  @Test func guardChecksNumericHostsWithoutDNS() {
    let lookup = HostLookup(
      resolve: { _ in
        Issue.record("numeric hosts are not resolved")
        return .success([])
      }, viaProxy: { _ in false })
    for url in ["http://2852039166/latest/meta-data/", "https://0x7f.1/", "https://[::ffff:169.254.169.254]/", "https://[::1]:8443/"] {
      guard case .refuse = AddressGuard.check(url, consent: .publicOnly, lookup: lookup) else {
        Issue.record("\(url) was not refused")
        continue
      }
    }
  }

  @Test func consentLiftsTheCheck() {
    let lookup = Self.lookup(["internal.example": ["10.1.2.3"]])
    let url = "https://internal.example/"
    #expect(AddressGuard.check(url, consent: NetworkConsent(allowedHosts: ["Internal.Example"]), lookup: lookup) == .connect(pins: []))
    #expect(AddressGuard.check(url, consent: NetworkConsent(allowPrivateNetwork: true), lookup: lookup) == .connect(pins: []))
    guard case .refuse = AddressGuard.check(url, consent: NetworkConsent(allowedHosts: ["other.example"]), lookup: lookup) else {
      Issue.record("consent for another host must not apply")
      return
    }
    var options = CheckOptions(issuer: "https://internal.example/oidc")
    #expect(options.probeConsent.allows(host: "internal.example"))
    options.issuer = nil
    #expect(!options.probeConsent.allows(host: "internal.example"))
  }

  @Test func userinfoQueryAndFragmentInTheIssuer() {
    let problems = IssuerURL.problems("https://user:pw@issuer.example").map(\.label)
    #expect(problems == ["userinfo"])
    #expect(CurlFetcher.validate("https://user:pw@issuer.example/.well-known/openid-configuration")?.stage == .invalidURL)
    #expect(CurlFetcher.validate("https://issuer.example/a@b") == nil)
    #expect(ProbeURLs.discovery(issuer: "https://issuer.example/path#") == "https://issuer.example/path/.well-known/openid-configuration")
    #expect(ProbeURLs.discovery(issuer: "https://issuer.example/?x=1") == "https://issuer.example/.well-known/openid-configuration")
    #expect(IssuerURL.promptError("https://gitlab.example.com") == nil)
    #expect(IssuerURL.promptError("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln") != nil)
    #expect(IssuerURL.promptError("https://a@b.example") != nil)
  }
}

/// Regressions found by the `url` fuzz target.
@Suite struct AddressGuardRegressionTests {
  @Test func hostsThatAreNotPlainNamesAreNeverPinned() {
    let lookup = HostLookup(resolve: { _ in .success([.v4(0x0808_0808)]) }, viaProxy: { _ in false })
    for url in ["https://evil.example,127.0.0.1/", "https://82\u{0}\u{0},52039166/", "https://a:b:c/", "https://bücher.example/"] {
      guard case .unresolvable = AddressGuard.check(url, consent: .publicOnly, lookup: lookup) else {
        Issue.record("\(url.debugDescription) was not refused")
        continue
      }
    }
  }
}

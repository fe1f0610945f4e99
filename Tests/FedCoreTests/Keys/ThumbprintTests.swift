import Foundation
import Testing

@testable import FedCore

/// RFC 7638 thumbprints: GitLab's kid, the RFC 7520 keys, and Debian's `jose` CLI as a peer.
@Suite struct ThumbprintTests {
  static let keySets = [
    "github/token.actions.githubusercontent.com.jwks.2026.json",
    "gitlab/gitlab.com.oauth-discovery-keys.2024-10-01.json",
    "other/aws-sts-outbound-federation.jwks.json",
    "other/forgejo-actions.example.org.jwks.v15.json",
  ]

  @Test func gitlabKidIsTheThumbprint() throws {
    let set = try JWKSet.parse(Fixtures.bytes("gitlab/gitlab.com.oauth-discovery-keys.2024-10-01.json")).get()
    let ci = try #require(set.keys(withKid: "4i3sFE7sxqNPOT7FdvcGA1ZVGGI_r-tsDXnEuYT4ZqE").first)
    #expect(ci.thumbprint == "4i3sFE7sxqNPOT7FdvcGA1ZVGGI_r-tsDXnEuYT4ZqE")
    #expect(set.keys.allSatisfy { $0.thumbprint == $0.kid })
  }

  @Test func forgejoKidIsNotTheThumbprint() throws {
    let set = try JWKSet.parse(Fixtures.bytes("other/forgejo-actions.example.org.jwks.v15.json")).get()
    let key = try #require(set.keys.first)
    #expect(key.thumbprint != nil && key.thumbprint != key.kid)
  }

  @Test func rfc7520KeysMatchPublishedThumbprints() throws {
    let ec = try RFC7520Tests.key(RFC7520.ecPublicKey)
    #expect(ec.thumbprint == RFC7520.ecThumbprint)
    let rsa = try RFC7520Tests.key(RFC7520.rsaPublicKey)
    let hex = try Base64URL.decode(#require(rsa.thumbprint)).map { String(format: "%02x", $0) }.joined()
    #expect(hex == RFC7520.rsaThumbprintHex)
  }

  @Test func canonicalFormSortsRequiredMembersOnly() throws {
    let key = try JSONParser.parse(#"{"y":"Y","kid":"k","x":"X","kty":"EC","crv":"P-256","use":"sig"}"#)
    #expect(JWKThumbprint.canonicalJSON(of: key) == #"{"crv":"P-256","kty":"EC","x":"X","y":"Y"}"#)
    #expect(JWKThumbprint.canonicalJSON(of: try JSONParser.parse(#"{"kty":"RSA","n":"AQAB"}"#)) == nil)
    #expect(JWKThumbprint.canonicalJSON(of: try JSONParser.parse(#"{"kty":"XYZ"}"#)) == nil)
  }

  /// `jose jwk thp` prints one thumbprint per key of a set, in order.
  @Test(arguments: keySets) func matchesJoseCLI(_ file: String) async throws {
    let bytes = try Fixtures.bytes(file)
    let output = try await ExternalTool.run(["jose", "jwk", "thp", "-i", "-", "-a", "S256"], input: bytes)
    let expected = String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
    let set = try JWKSet.parse(bytes).get()
    #expect(set.keys.map(\.thumbprint) == expected)
  }

  @Test func rfc7520KeysMatchJoseCLI() async throws {
    for json in [RFC7520.ecPublicKey, RFC7520.rsaPublicKey] {
      let output = try await ExternalTool.run(["jose", "jwk", "thp", "-i", "-"], input: Array(json.utf8))
      let expected = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      #expect(try RFC7520Tests.key(json).thumbprint == expected)
    }
  }
}

import Foundation
import Testing

@testable import FedCore

/// Cross-check against an independent implementation: `scripts/jose_peer.py` (joserfc +
/// cryptography) mints a token in every algorithm with a fresh key; each must verify here,
/// and a flipped bit in the signature or the payload must not.
@Suite struct JOSEPeerTests {
  struct Minted: Sendable {
    var name: String
    var alg: String
    var kid: String
    var token: String
  }

  struct PeerOutput: Sendable {
    var set: JWKSet
    var tokens: [Minted]
  }

  /// The peer runs once for the whole suite; tokens stay in memory.
  static let peer = Task<PeerOutput, any Error> {
    let output = try JSONParser.parse(try await ExternalTool.run(["python3", "scripts/jose_peer.py"]))
    let jwks = JSONWriter.string(output["jwks"] ?? .null)
    let set = try JWKSet.parse(Array(jwks.utf8)).get()
    let tokens = (output["tokens"]?.arrayValue ?? []).map { t in
      Minted(
        name: t["case"]?.stringValue ?? "", alg: t["alg"]?.stringValue ?? "", kid: t["kid"]?.stringValue ?? "",
        token: t["token"]?.stringValue ?? "")
    }
    return PeerOutput(set: set, tokens: tokens)
  }

  static func minted(_ name: String) async throws -> (Minted, JWKSet) {
    let output = try await peer.value
    return (try #require(output.tokens.first { $0.name == name }, "peer minted no \(name) token"), output.set)
  }

  static let algorithms = JWSAlgorithm.allCases.map(\.rawValue)

  @Test func peerMintedEveryAlgorithm() async throws {
    let output = try await Self.peer.value
    #expect(Set(output.tokens.map(\.alg)) == Set(Self.algorithms))
    #expect(output.set.keys.count == JWSAlgorithm.allCases.count)
    // joserfc sets each kid to its RFC 7638 thumbprint: an independent thumbprint check.
    #expect(output.set.keys.allSatisfy { $0.thumbprint == $0.kid && $0.problems.isEmpty })
  }

  @Test(arguments: algorithms) func verifiesPeerToken(_ alg: String) async throws {
    let (minted, set) = try await Self.minted(alg)
    let jwt = try TokenDecoder.decode(minted.token).get()
    let index = try #require(set.keys.firstIndex { $0.kid == minted.kid })
    let expected = VerificationOutcome.verified(
      key: KeyReference(index: index, kid: minted.kid), alg: JWSAlgorithm(rawValue: alg)!, selection: .byKid(minted.kid))
    #expect(SignatureVerifier.verify(jwt, with: set) == expected)
  }

  @Test(arguments: algorithms) func flippedSignatureBitFails(_ alg: String) async throws {
    let (minted, set) = try await Self.minted(alg)
    let jwt = try TokenDecoder.decode(minted.token).get()
    var signature = jwt.signature
    signature[signature.count - 1] ^= 0x01
    let parts = minted.token.split(separator: ".")
    let forged = try TokenDecoder.decode("\(parts[0]).\(parts[1]).\(Base64URL.encode(signature))").get()
    let outcome = SignatureVerifier.verify(forged, with: set)
    let index = try #require(set.keys.firstIndex { $0.kid == minted.kid })
    #expect(
      outcome
        == .signatureInvalid(
          alg: JWSAlgorithm(rawValue: alg)!, selection: .byKid(minted.kid), tried: [KeyReference(index: index, kid: minted.kid)],
          defect: nil))
  }

  @Test(arguments: algorithms) func flippedPayloadBitFails(_ alg: String) async throws {
    let (minted, set) = try await Self.minted(alg)
    let parts = minted.token.split(separator: ".")
    var payload = try Base64URL.decode(parts[1])
    // Flip one bit inside the `sub` value ("peer" → "qeer"): still JSON, no longer what was signed.
    let needle = Array("octo/peer".utf8)
    let at = try #require(payload.indices.first { Array(payload[$0...].prefix(needle.count)) == needle })
    payload[at + 5] ^= 0x01
    let forged = try TokenDecoder.decode("\(parts[0]).\(Base64URL.encode(payload)).\(parts[2])").get()
    #expect(forged.sub == "repo:octo/qeer:ref:refs/heads/main")
    guard case .signatureInvalid(_, .byKid(minted.kid), let tried, let defect) = SignatureVerifier.verify(forged, with: set) else {
      Issue.record("a changed payload must not verify")
      return
    }
    #expect(tried.map(\.kid) == [minted.kid])
    // PKCS#1 v1.5 (RS*) recovers what the key signed, so the change is named; others cannot tell.
    #expect(defect == (alg.hasPrefix("RS") ? .signedOverOtherContent : nil))
  }

  @Test func tokenWithoutKidTriesEveryCompatibleKey() async throws {
    let (minted, set) = try await Self.minted("no-kid")
    let jwt = try TokenDecoder.decode(minted.token).get()
    #expect(jwt.kid == nil)
    let index = try #require(set.keys.firstIndex { $0.kid == minted.kid })
    #expect(
      SignatureVerifier.verify(jwt, with: set)
        == .verified(key: KeyReference(index: index, kid: minted.kid), alg: .rs256, selection: .noKidTriedAllKeys))
  }

  @Test func keyInTokenHeaderIsNeverUsed() async throws {
    let (minted, set) = try await Self.minted("header-jwk")
    let jwt = try TokenDecoder.decode(minted.token).get()
    #expect(SignatureVerifier.ignoredHeaderKeyMembers(of: jwt) == ["jwk"])
    let index = try #require(set.keys.firstIndex { $0.kid == minted.kid })
    #expect(
      SignatureVerifier.verify(jwt, with: set)
        == .signatureInvalid(alg: .rs256, selection: .byKid(minted.kid), tried: [KeyReference(index: index, kid: minted.kid)], defect: nil))
  }

  /// A DER-encoded ECDSA signature where JWS wants `r || s` is named as a length defect.
  @Test func derEncodedECDSASignatureIsALengthDefect() async throws {
    let (minted, set) = try await Self.minted("ES256")
    let jwt = try TokenDecoder.decode(minted.token).get()
    let der = try #require(jwt.signature.withUnsafeBytes { ECDSASignature.der(fromRaw: $0, coordinateSize: 32) })
    let parts = minted.token.split(separator: ".")
    let forged = try TokenDecoder.decode("\(parts[0]).\(parts[1]).\(Base64URL.encode(der))").get()
    guard case .signatureInvalid(.es256, _, _, .wrongLength(expected: 64, found: der.count)) = SignatureVerifier.verify(forged, with: set)
    else {
      Issue.record("expected a wrong-length defect")
      return
    }
  }

  /// One cached key verified from many tasks at once (the lazy import must run once, safely).
  @Test func concurrentVerificationsShareTheCachedKey() async throws {
    let (minted, set) = try await Self.minted("ES384")
    let jwt = try TokenDecoder.decode(minted.token).get()
    let results = await withTaskGroup(of: Bool.self) { group in
      for _ in 0..<8 { group.addTask { (0..<4).allSatisfy { _ in SignatureVerifier.verify(jwt, with: set).isVerified } } }
      return await group.reduce(into: [Bool]()) { $0.append($1) }
    }
    #expect(results == Array(repeating: true, count: 8))
  }
}

extension JOSEPeerTests {
  /// A PSS signature with a salt other than the digest length is named, not just "invalid".
  @Test func pssWithMaximumSaltIsNamed() async throws {
    let (minted, set) = try await Self.minted("ps256-max-salt")
    let jwt = try TokenDecoder.decode(minted.token).get()
    guard case .signatureInvalid(.ps256, .byKid(minted.kid), let tried, .pssSaltLength) = SignatureVerifier.verify(jwt, with: set) else {
      Issue.record("expected a PSS salt-length defect")
      return
    }
    #expect(tried.map(\.kid) == [minted.kid])
  }
}

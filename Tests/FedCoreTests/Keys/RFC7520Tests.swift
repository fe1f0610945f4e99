import Testing

@testable import FedCore

/// RFC 7520 §4.1–4.3: the cookbook's published signatures verify, and altered ones do not.
@Suite struct RFC7520Tests {
  static func key(_ json: String) throws -> JWK {
    let set = try JWKSet.parse(Array(#"{"keys":[\#(json)]}"#.utf8)).get()
    return try #require(set.keys.first)
  }

  @Test(arguments: RFC7520.signatures) func publishedSignatureVerifies(_ vector: RFC7520.Signature) throws {
    let key = try Self.key(vector.key)
    let alg = try #require(JWSAlgorithm(rawValue: vector.alg))
    let signature = try Base64URL.decode(vector.signature)
    let input = Array(vector.signingInput.utf8)
    #expect(SignatureVerifier.verify(signingInput: input, signature: signature, alg: alg, key: key) == .valid)

    var flipped = signature
    flipped[flipped.count / 2] ^= 0x01
    #expect(SignatureVerifier.verify(signingInput: input, signature: flipped, alg: alg, key: key) == .invalid)
    var altered = input
    altered[altered.count - 1] ^= 0x01
    // PKCS#1 v1.5 recovers what the key signed, so a changed input is named as such.
    let expected: SignatureCheck = alg == .rs256 ? .defect(.signedOverOtherContent) : .invalid
    #expect(SignatureVerifier.verify(signingInput: altered, signature: signature, alg: alg, key: key) == expected)
  }

  /// The §4.1 RS256 signature checked as RS384: the key signed it, with SHA-256.
  @Test func pkcs1SignatureNamesTheDigestItWasMadeWith() throws {
    let vector = RFC7520.signatures[0]
    let key = try Self.key(vector.key)
    let signature = try Base64URL.decode(vector.signature)
    let check = SignatureVerifier.verify(signingInput: Array(vector.signingInput.utf8), signature: signature, alg: .rs384, key: key)
    #expect(check == .defect(.signedWithOtherDigest("SHA256")))
  }

  @Test func headerDecodesToTheRFCText() throws {
    let header = try Base64URL.decode(RFC7520.signatures[2].protectedHeader)
    #expect(String(decoding: header, as: UTF8.self) == #"{"alg":"ES512","kid":"bilbo.baggins@hobbiton.example"}"#)
  }

  @Test func sameKeyOtherAlgorithmFails() throws {
    let rs256 = RFC7520.signatures[0]
    let key = try Self.key(rs256.key)
    let signature = try Base64URL.decode(rs256.signature)
    let check = SignatureVerifier.verify(signingInput: Array(rs256.signingInput.utf8), signature: signature, alg: .ps256, key: key)
    #expect(check == .invalid)
    let ec = try Self.key(RFC7520.ecPublicKey)
    #expect(
      SignatureVerifier.verify(signingInput: [], signature: signature, alg: .es256, key: ec)
        == .keyMismatch(.curve(required: .p256, found: "P-521")))
  }
}

/// One-sentence descriptions of key and signature results, naming the input at fault.
/// Strings from the network (`kid`, `kty`, `crv`, `alg`, `use`) are passed through
/// `TextSafety.escaped` so they are safe on a terminal.

extension JWKSetError {
  /// One sentence naming what is wrong with the document.
  public var message: String {
    switch self {
    case .notJSON(let error): "the key set is not valid JSON: \(error)"
    case .notObject(let found): "the key set is JSON \(found), not an object with a \"keys\" array"
    case .noKeysArray(nil): "the key set has no \"keys\" member"
    case .noKeysArray(let found?): "the key set's \"keys\" member is \(found), not an array"
    case .noUsableKey(let keys) where keys.isEmpty: "the key set's \"keys\" array is empty"
    case .noUsableKey(let keys): "none of the \(keys.count) keys in the set is usable"
    }
  }
}

extension JWKProblem {
  /// One sentence describing the problem (without naming the key).
  public var message: String {
    switch self {
    case .notObject(let found): "the entry is JSON \(found), not a key object"
    case .missingKid: "the key has no \"kid\"; STS matches the token's kid against it"
    case .missingKty: "the key has no \"kty\""
    case .unknownKty(let kty): "key type \"\(esc(kty))\" cannot verify signatures here (RSA, EC and OKP can)"
    case .unknownCurve(let crv): "curve \"\(esc(crv))\" is not supported (P-256, P-384, P-521, Ed25519 are)"
    case .missingMember(let name): "the required member \"\(name)\" is missing"
    case .wrongType(let name, let found): "\"\(esc(name))\" is JSON \(found), not a string"
    case .badBase64(let name, let offset): "\"\(name)\" is not base64url (bad character at offset \(offset))"
    case .wrongCoordinateLength(let name, let expected, let found):
      "\"\(name)\" decodes to \(found) bytes; the curve needs exactly \(expected)"
    case .weakRSAKey(let bits): "the RSA modulus is \(bits) bits, under the 2048 required"
    case .privateMaterial(let names):
      "the key publishes private members (\(names.joined(separator: ", "))): rotate this key"
    case .duplicateKid(let first): "the same kid as key #\(first)"
    case .exponentTooLarge(let bits):
      "the RSA exponent is \(bits) bits (FedTUI verifies with exponents up to \(Limits.rsaExponentBits) bits; real keys use 65537)"
    }
  }
}

extension KeyMismatchReason {
  /// One sentence saying why the key cannot produce the token's algorithm.
  public var message: String {
    switch self {
    case .keyType(let required, let found): "its kty is \(found.map { "\"\(esc($0))\"" } ?? "missing"), not \(required)"
    case .curve(let required, let found): "its curve is \(found.map { "\"\(esc($0))\"" } ?? "missing"), not \(required.rawValue)"
    case .algMember(let alg): "its \"alg\" member says \(esc(alg))"
    case .use(let use): "its \"use\" is \"\(esc(use))\", not \"sig\""
    case .unusable(let problems): problems.first.map(\.message) ?? "its material did not decode"
    case .importFailed(.rejected(let reason)): "libcrypto rejected it: \(reason)"
    case .importFailed(.openSSL(let stage)): "libcrypto failed at \(stage)"
    }
  }
}

extension VerificationOutcome {
  /// One sentence summarising the outcome.
  public var message: String {
    switch self {
    case .verified(let key, let alg, let selection):
      "the \(alg.rawValue) signature verifies with key #\(key.index)\(kidText(key.kid))"
        + (selection == .noKidTriedAllKeys ? ", found by trying every key since the token has no kid" : "")
    case .unsupportedAlgorithm(nil): "the token header has no usable \"alg\""
    case .unsupportedAlgorithm(let alg?): "alg \"\(esc(alg))\" cannot be verified with a public key set"
    case .kidNotFound(let kid, let kids):
      "no key has kid \"\(esc(kid))\"; the set has " + (kids.isEmpty ? "no kids" : kids.map { "\"\(esc($0))\"" }.joined(separator: ", "))
    case .noCompatibleKey(let alg, _, let mismatches):
      "no candidate key can produce \(alg.rawValue): "
        + mismatches.map { "key #\($0.key.index)\(kidText($0.key.kid)): \($0.reason.message)" }.joined(separator: "; ")
    case .signatureInvalid(let alg, _, let tried, let defect):
      "the \(alg.rawValue) signature does not verify with " + (tried.count == 1 ? "the matching key" : "any of \(tried.count) keys")
        + (defect.map { " (\($0.message))" } ?? "")
    }
  }
}

extension SignatureDefect {
  /// One clause describing the defect.
  public var message: String {
    switch self {
    case .wrongLength(let expected, let found): "the signature is \(found) bytes; \(expected) expected"
    case .pssSaltLength: "the PSS salt is not as long as the digest, as RFC 7518 requires"
    case .signedWithOtherDigest(let name): "the key signed it, but with \(name) instead of the hash the alg names"
    case .signedOverOtherContent: "the key signed other bytes: the token was changed after signing"
    }
  }
}

private func esc(_ text: String) -> String { TextSafety.escaped(text) }
private func kidText(_ kid: String?) -> String { kid.map { " (kid \"\(esc($0))\")" } ?? "" }

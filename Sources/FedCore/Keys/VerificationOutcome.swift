/// The result of verifying a token's signature against a key set (RFC 7515 §5.2): which key
/// verified, or exactly why none did.
public enum VerificationOutcome: Sendable, Equatable {
  /// The signature verifies with `key` (rule `signature-verified`).
  case verified(key: KeyReference, alg: JWSAlgorithm, selection: KeySelection)
  /// The header's `alg` is absent (nil), `none`, HS*, or unknown (rule `alg-unsupported`).
  case unsupportedAlgorithm(String?)
  /// No key has the token's `kid` (rule `jwks-kid-not-found`); `availableKids` lists the set's.
  case kidNotFound(kid: String, availableKids: [String])
  /// Keys were found but none can produce `alg`, each with its reason (rule `key-alg-mismatch`).
  case noCompatibleKey(alg: JWSAlgorithm, selection: KeySelection, mismatches: [KeyMismatch])
  /// Every compatible key was tried and the signature verifies with none (rule `signature-invalid`).
  case signatureInvalid(alg: JWSAlgorithm, selection: KeySelection, tried: [KeyReference], defect: SignatureDefect?)

  /// Whether the signature verified.
  public var isVerified: Bool { if case .verified = self { true } else { false } }

  /// The catalog rule this outcome corresponds to (spec/findings.md "Keys and signature").
  public var ruleID: RuleID {
    switch self {
    case .verified: .signatureVerified
    case .unsupportedAlgorithm: .algUnsupported
    case .kidNotFound: .jwksKidNotFound
    case .noCompatibleKey: .keyAlgMismatch
    case .signatureInvalid: .signatureInvalid
    }
  }
}

/// How candidate keys were chosen.
public enum KeySelection: Sendable, Equatable {
  /// The keys whose `kid` equals the token's `kid`.
  case byKid(String)
  /// The token has no `kid`, so every key in the set was a candidate (STS needs a `kid`).
  case noKidTriedAllKeys
}

/// A key that cannot produce the token's algorithm, and why.
public struct KeyMismatch: Sendable, Equatable {
  public var key: KeyReference
  public var reason: KeyMismatchReason
  public init(key: KeyReference, reason: KeyMismatchReason) {
    self.key = key
    self.reason = reason
  }
}

/// Why one key cannot verify a given algorithm (RFC 7518 §3.1, §6.1; RFC 7517 §4.2, §4.4).
public enum KeyMismatchReason: Sendable, Equatable {
  /// The key's `kty` is not the one the algorithm needs (found: nil when absent).
  case keyType(required: String, found: String?)
  /// The key's curve is not the one the algorithm needs (found: the `crv` as written).
  case curve(required: JWKCurve, found: String?)
  /// The key's `alg` member names another algorithm.
  case algMember(String)
  /// The key's `use` member is not `sig`.
  case use(String)
  /// The key's material did not decode; these are the problems that make it unusable.
  case unusable([JWKProblem])
  /// libcrypto refused to import the key.
  case importFailed(KeyImportError)
}

/// A defect of the signature itself, found before any key was tried.
public enum SignatureDefect: Sendable, Equatable {
  /// The signature has the wrong length for the algorithm and key (an ES512 signature is
  /// 132 bytes `r || s`, an RS256 one as long as the modulus). A DER-encoded ECDSA
  /// signature where JWS wants `r || s` shows up here.
  case wrongLength(expected: Int, found: Int)
  /// A PSS signature that verifies only with a salt other than the digest length; RFC 7518
  /// §3.5 requires the salt to be as long as the digest (a library default such as
  /// "maximum salt length" produces this).
  case pssSaltLength
  /// RS256/384/512 only: the key made this signature, but with another hash than the header's
  /// `alg` says (for example SHA512 under `RS256`): the signer's configuration is wrong.
  case signedWithOtherDigest(String)
  /// RS256/384/512 only: the key made this signature, but over other bytes: the token was
  /// changed after signing (or damaged when copied). Without this defect, a PKCS#1 signature
  /// that fails was made by another key (or is itself damaged).
  case signedOverOtherContent
}

/// The result of one signature check with one key (see `SignatureVerifier.verify(signingInput:signature:alg:key:)`).
public enum SignatureCheck: Sendable, Equatable {
  case valid
  case invalid
  case defect(SignatureDefect)
  case keyMismatch(KeyMismatchReason)
}

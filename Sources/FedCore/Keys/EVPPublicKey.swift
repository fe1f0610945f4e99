import CLibCrypto

/// An OpenSSL 3 `EVP_PKEY` holding one public key; freed when the last reference goes.
///
/// OpenSSL allows concurrent verifications with one `EVP_PKEY` as long as each uses its own
/// context, which `SignatureVerifier` does, so sharing an instance across threads is safe.
public final class EVPPublicKey: @unchecked Sendable {
  let pointer: OpaquePointer

  init(taking pointer: OpaquePointer) { self.pointer = pointer }

  deinit { EVP_PKEY_free(pointer) }

  /// Key size in bits as OpenSSL reports it (modulus bits for RSA, group order bits for EC).
  public var bits: Int { Int(EVP_PKEY_get_bits(pointer)) }

  /// Imports public key material with `EVP_PKEY_fromdata` (no deprecated RSA_/EC_KEY API).
  static func importing(_ material: JWKMaterial) -> Result<EVPPublicKey, KeyImportError> {
    switch material {
    case .rsa(let n, let e): importRSA(n: n, e: e)
    case .ec(let curve, let x, let y): importEC(curve: curve, point: [0x04] + x + y)
    case .okp(let curve, let x): importRaw(type: curve.openSSLGroup, x)
    }
  }

  static func importRSA(n: [UInt8], e: [UInt8]) -> Result<EVPPublicKey, KeyImportError> {
    guard let bnN = BN_bin2bn(n, Int32(n.count), nil) else { return .failure(.openSSL(stage: "BN_bin2bn")) }
    defer { BN_free(bnN) }
    guard let bnE = BN_bin2bn(e, Int32(e.count), nil) else { return .failure(.openSSL(stage: "BN_bin2bn")) }
    defer { BN_free(bnE) }
    return fromData(type: "RSA") { builder in
      OSSL_PARAM_BLD_push_BN(builder, fed_param_rsa_n(), bnN) == 1
        && OSSL_PARAM_BLD_push_BN(builder, fed_param_rsa_e(), bnE) == 1
    }
  }

  /// `point` is the uncompressed SEC 1 encoding `04 || x || y`.
  static func importEC(curve: JWKCurve, point: [UInt8]) -> Result<EVPPublicKey, KeyImportError> {
    point.withUnsafeBytes { pub in
      curve.openSSLGroup.withCString { group in
        fromData(type: "EC") { builder in
          OSSL_PARAM_BLD_push_utf8_string(builder, fed_param_group_name(), group, 0) == 1
            && OSSL_PARAM_BLD_push_octet_string(builder, fed_param_pub_key(), pub.baseAddress, pub.count) == 1
        }
      }
    }
  }

  /// Ed25519: the raw 32-byte public key.
  static func importRaw(type: String, _ x: [UInt8]) -> Result<EVPPublicKey, KeyImportError> {
    x.withUnsafeBytes { pub in
      fromData(type: type) { builder in
        OSSL_PARAM_BLD_push_octet_string(builder, fed_param_pub_key(), pub.baseAddress, pub.count) == 1
      }
    }
  }

  /// Builds the parameters with `push`, then creates the key from them. The builder keeps the
  /// pointers it is given until `OSSL_PARAM_BLD_to_param`, so callers run this inside the scope
  /// of the values they push; the key copies everything, and all temporaries are freed here.
  static func fromData(type: String, push: (OpaquePointer) -> Bool) -> Result<EVPPublicKey, KeyImportError> {
    guard let builder = OSSL_PARAM_BLD_new() else { return .failure(.openSSL(stage: "OSSL_PARAM_BLD_new")) }
    defer { OSSL_PARAM_BLD_free(builder) }
    guard push(builder), let params = OSSL_PARAM_BLD_to_param(builder) else {
      return .failure(.openSSL(stage: "OSSL_PARAM_BLD"))
    }
    defer { OSSL_PARAM_free(params) }
    guard let ctx = EVP_PKEY_CTX_new_from_name(nil, type, nil) else { return .failure(.openSSL(stage: "EVP_PKEY_CTX_new_from_name")) }
    defer { EVP_PKEY_CTX_free(ctx) }
    var key: OpaquePointer? = nil
    guard EVP_PKEY_fromdata_init(ctx) == 1, EVP_PKEY_fromdata(ctx, &key, fed_evp_pkey_public_key_selection(), params) == 1, let key else {
      return .failure(.rejected(reason: OpenSSLError.drain()))
    }
    return .success(EVPPublicKey(taking: key))
  }
}

/// Why libcrypto would not import a key whose members decoded.
public enum KeyImportError: Error, Sendable, Equatable {
  /// libcrypto refused the material (for example an EC point not on the curve).
  case rejected(reason: String)
  /// An allocation or builder step failed.
  case openSSL(stage: String)
}

/// The thread's libcrypto error queue.
enum OpenSSLError {
  /// Returns the first queued error's text (or "unknown") and empties the queue.
  static func drain() -> String {
    let code = ERR_get_error()
    defer { ERR_clear_error() }
    guard code != 0 else { return "unknown" }
    var buffer = [CChar](repeating: 0, count: 256)
    ERR_error_string_n(code, &buffer, buffer.count)
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}

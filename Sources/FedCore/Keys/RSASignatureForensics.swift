import CLibCrypto

/// Explains a failed RSASSA-PKCS1-v1_5 signature (RS256/384/512) by recovering what the key
/// signed: the DigestInfo (RFC 8017 §9.2) tells which hash was used and over which bytes.
///
/// Runs only after a verification failed. A signature made by another key does not recover
/// (its padding is noise), so nil then means "another key, or a damaged signature".
enum RSASignatureForensics {
  /// DER DigestInfo prefixes of RFC 8017 §9.2 note 1, by JOSE digest name.
  static let prefixes: [(name: String, prefix: [UInt8])] = [
    ("SHA1", [0x30, 0x21, 0x30, 0x09, 0x06, 0x05, 0x2B, 0x0E, 0x03, 0x02, 0x1A, 0x05, 0x00, 0x04, 0x14]),
    ("SHA256", [0x30, 0x31, 0x30, 0x0D, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20]),
    ("SHA384", [0x30, 0x41, 0x30, 0x0D, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x02, 0x05, 0x00, 0x04, 0x30]),
    ("SHA512", [0x30, 0x51, 0x30, 0x0D, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x03, 0x05, 0x00, 0x04, 0x40]),
  ]

  /// The defect a failed PKCS#1 v1.5 signature shows, or nil when nothing was recovered.
  static func explain(key: EVPPublicKey, alg: JWSAlgorithm, input: UnsafeRawBufferPointer, signature: UnsafeRawBufferPointer)
    -> SignatureDefect?
  {
    guard let recovered = recover(key: key, signature: signature) else { return nil }
    guard let (name, digest) = parseDigestInfo(recovered), let md = EVP_get_digestbyname(name) else {
      return .signedOverOtherContent
    }
    var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
    var length: UInt32 = 0
    guard EVP_Digest(input.baseAddress, input.count, &out, &length, md, nil) == 1 else { return nil }
    let matches = Array(out.prefix(Int(length))) == digest
    if matches, name != alg.digest?.rawValue { return .signedWithOtherDigest(name) }
    return .signedOverOtherContent
  }

  /// The padding-stripped content of the signature (a DigestInfo when the key signed it).
  static func recover(key: EVPPublicKey, signature: UnsafeRawBufferPointer) -> [UInt8]? {
    guard let ctx = EVP_PKEY_CTX_new_from_pkey(nil, key.pointer, nil) else { return nil }
    defer {
      EVP_PKEY_CTX_free(ctx)
      ERR_clear_error()
    }
    guard EVP_PKEY_verify_recover_init(ctx) == 1, fed_set_rsa_pkcs1(ctx) == 1 else { return nil }
    var out = [UInt8](repeating: 0, count: max(signature.count, 1))
    var length = out.count
    let status = EVP_PKEY_verify_recover(
      ctx, &out, &length, signature.baseAddress?.assumingMemoryBound(to: UInt8.self), signature.count)
    return status == 1 ? Array(out.prefix(length)) : nil
  }

  /// The digest name and value of a DER DigestInfo with one of the known prefixes.
  static func parseDigestInfo(_ info: [UInt8]) -> (String, [UInt8])? {
    for (name, prefix) in prefixes where info.count == prefix.count + Int(prefix.last!) && info.starts(with: prefix) {
      return (name, Array(info.dropFirst(prefix.count)))
    }
    return nil
  }
}

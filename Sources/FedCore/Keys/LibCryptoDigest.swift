import CLibCrypto

/// One-shot message digests through libcrypto's EVP interface.
enum LibCryptoDigest {
  static func sha256(_ bytes: [UInt8]) -> [UInt8] { digest(bytes, EVP_sha256()) }
  static func sha1(_ bytes: [UInt8]) -> [UInt8] { digest(bytes, EVP_sha1()) }

  static func digest(_ bytes: [UInt8], _ md: OpaquePointer?) -> [UInt8] {
    var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
    var length: UInt32 = 0
    let ok = bytes.withUnsafeBytes { input in
      EVP_Digest(input.baseAddress, input.count, &out, &length, md, nil)
    }
    precondition(ok == 1, "EVP_Digest failed")
    return Array(out.prefix(Int(length)))
  }
}

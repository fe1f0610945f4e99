import CCurl
import CLibCrypto

/// The served certificate chain as libcurl reports it (`CURLINFO_CERTINFO`), turned into
/// `ServedCertificate`s with the SHA-1 thumbprint IAM wants (`spec/aws-oidc-rules.md` §4).
enum CertificateInfo {
  /// The chain of the connection `handle` used, leaf first (the order the server sent it).
  static func chain(of handle: UnsafeMutableRawPointer) -> [ServedCertificate] {
    var info: UnsafeMutablePointer<curl_certinfo>? = nil
    guard fed_curl_getinfo_certinfo(handle, &info) == CURLE_OK,
      let info, info.pointee.num_of_certs > 0, let lists = info.pointee.certinfo
    else { return [] }
    return (0..<Int(info.pointee.num_of_certs)).compactMap { index in
      certificate(fields: fields(of: lists[index]))
    }
  }

  /// `name:value` lines of one certificate's list ("Subject:…", "Cert:-----BEGIN…").
  private static func fields(of list: UnsafeMutablePointer<curl_slist>?) -> [String: String] {
    var fields: [String: String] = [:]
    var node = list
    while let current = node {
      if let data = current.pointee.data {
        let line = String(cString: data)
        if let colon = line.firstIndex(of: ":") {
          fields[String(line[..<colon])] = String(line[line.index(after: colon)...])
        }
      }
      node = current.pointee.next
    }
    return fields
  }

  private static func certificate(fields: [String: String]) -> ServedCertificate? {
    guard let pem = fields["Cert"], let der = derBytes(pem: pem) else { return nil }
    return ServedCertificate(
      subject: fields["Subject"] ?? "", issuer: fields["Issuer"] ?? "", der: der,
      sha1Thumbprint: sha1Hex(der), notBefore: fields["Start date"], notAfter: fields["Expire date"])
  }

  /// The DER inside one PEM `CERTIFICATE` block.
  static func derBytes(pem: String) -> [UInt8]? {
    let begin = "-----BEGIN CERTIFICATE-----"
    let end = "-----END CERTIFICATE-----"
    guard let start = pem.firstRange(of: begin)?.upperBound,
      let stop = pem[start...].firstRange(of: end)?.lowerBound
    else { return nil }
    // Standard base64 → base64url, so the shared decoder (which tolerates `=`) applies.
    var text: [UInt8] = []
    for byte in pem[start..<stop].utf8 {
      switch byte {
      case UInt8(ascii: "+"): text.append(UInt8(ascii: "-"))
      case UInt8(ascii: "/"): text.append(UInt8(ascii: "_"))
      case UInt8(ascii: "="), 0x20, 0x09, 0x0A, 0x0D: continue
      default: text.append(byte)
      }
    }
    let der = try? Base64URL.decode(bytes: text)
    return der?.isEmpty == false ? der : nil
  }

  /// SHA-1 of `bytes` as 40 lowercase hex digits (libcrypto's EVP digest).
  static func sha1Hex(_ bytes: [UInt8]) -> String {
    var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
    var length: UInt32 = 0
    let ok = bytes.withUnsafeBytes { input in
      EVP_Digest(input.baseAddress, input.count, &digest, &length, EVP_sha1(), nil)
    }
    guard ok == 1 else { return "" }
    let hex = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    for byte in digest.prefix(Int(length)) {
      out.append(hex[Int(byte >> 4)])
      out.append(hex[Int(byte & 0x0F)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}

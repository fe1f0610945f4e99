/// RFC 3986 percent-encoding: every byte but the unreserved `A-Z a-z 0-9 - _ . ~` becomes `%XX`
/// (UTF-8, upper-case hex). Used for AWS Query API form bodies (SigV4 signs them byte for byte)
/// and the GitHub Actions token request's `audience` parameter.
public enum PercentEncoding {
  public static func encoded(_ text: String) -> String {
    var out = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let digits = Array("0123456789ABCDEF".utf8)
        out += "%" + String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]], as: UTF8.self)
      }
    }
    return out
  }
}

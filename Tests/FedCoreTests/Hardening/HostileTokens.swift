import FedCore
import Foundation

/// Test-minted tokens for the hardening suites (fake signatures; never real credentials).
enum HostileTokens {
  /// ESC sequences a hostile claim or server may carry: an OSC 52 clipboard write, a screen
  /// clear, a title change, BEL, an 8-bit CSI (C1) and a right-to-left override.
  static let escapes = "\u{1B}]52;c;SEVMTE8=\u{07}\u{1B}[2J\u{1B}]0;pwned\u{07}\u{9B}31m\u{202E}evil"

  static func segment(_ json: String) -> String { Base64URL.encode(Array(json.utf8)) }

  /// A compact JWS with this header and payload JSON and a random 256-byte signature.
  static func token(header: String = #"{"alg":"RS256","kid":"k1","typ":"JWT"}"#, payload: String) -> String {
    let signature = (0..<256).map { _ in UInt8.random(in: 0...255) }
    return segment(header) + "." + segment(payload) + "." + Base64URL.encode(signature)
  }

  /// JSON string literal of `text` (escapes included), for building payloads.
  static func literal(_ text: String) -> String { JSONWriter.string(.string(text)) }

  /// A token whose claims, kid and audience all carry `escapes`.
  static func escapingToken(iss: String) -> String {
    let e = literal(escapes)
    return token(
      header: #"{"alg":"RS256","kid":\#(e),"typ":"JWT"}"#,
      payload: #"{"iss":\#(literal(iss)),"sub":\#(e),"aud":[\#(e),"sts.amazonaws.com"],"exp":1700003600,"iat":1700000000,\#(e):\#(e)}"#)
  }
}

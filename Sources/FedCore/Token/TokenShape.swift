/// Whether text looks like a compact JWT: after the usual cleaning (`Bearer `, quotes,
/// whitespace), three or five base64url segments, the first starting `eyJ` (a base64url JSON
/// object). Cheap and pure: the dashboard routes such text to the token slot, masks it, and
/// treats a burst of keys forming one as a paste.
public enum TokenShape {
  /// Shorter runs are not taken for a token (a real header alone is longer).
  public static let minimumLength = 24

  /// A base64url character or `.`.
  public static func isSegmentByte(_ b: UInt8) -> Bool { TokenInput.isCompactByte(b) && b != UInt8(ascii: "=") }

  public static func isJWTLike(_ text: String) -> Bool {
    guard text.utf8.count >= minimumLength, text.utf8.count <= Limits.tokenBytes else { return false }
    let compact = TokenInput(raw: text).compact
    guard compact.hasPrefix("eyJ"), compact.utf8.count >= minimumLength else { return false }
    var dots = 0
    for b in compact.utf8 {
      if b == UInt8(ascii: ".") {
        dots += 1
      } else if !TokenInput.isCompactByte(b) || b == UInt8(ascii: "=") {
        return false
      }
    }
    return dots == 2 || dots == 4
  }
}

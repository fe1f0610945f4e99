/// Renders Unix times as UTC and relative to a given `now`, without Foundation's ICU.
public enum TimeFormat {
  /// `2025-11-25T19:14:40Z` for a Unix time in seconds. Total over all of `Int64`: claims come
  /// from untrusted tokens, so `exp: -9223372036854775808` must format, not trap.
  public static func utc(_ seconds: Int64) -> String {
    let days = floorDiv(seconds, 86_400)
    let remainder = seconds % 86_400
    let secs = remainder < 0 ? remainder + 86_400 : remainder
    let (y, m, d) = civil(fromDays: days)
    return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(secs / 3600, 2)):\(pad(secs % 3600 / 60, 2)):\(pad(secs % 60, 2))Z"
  }

  /// "in 5 min", "3 h ago", "2 d ago", "now".
  public static func relative(_ seconds: Int64, now: Int64) -> String {
    // The distance between any two Int64 values fits a UInt64; wrapping subtraction gives it exactly.
    let future = seconds > now
    let magnitude = future ? UInt64(bitPattern: seconds &- now) : UInt64(bitPattern: now &- seconds)
    let amount: String
    switch magnitude {
    case 0..<5: return "now"
    case 5..<120: amount = "\(magnitude) s"
    case 120..<7_200: amount = "\(magnitude / 60) min"
    case 7_200..<172_800: amount = "\(magnitude / 3600) h"
    default: amount = "\(magnitude / 86_400) d"
    }
    return future ? "in \(amount)" : "\(amount) ago"
  }

  /// A duration in words: "1 h", "5 min", "300 s".
  public static func duration(_ seconds: Int64) -> String {
    let m = seconds.magnitude
    if m % 3600 == 0, m >= 3600 { return "\(m / 3600) h" }
    if m % 60 == 0, m >= 60 { return "\(m / 60) min" }
    return "\(m) s"
  }

  static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
  }

  /// Howard Hinnant's days-from-civil inverse.
  static func civil(fromDays z0: Int64) -> (Int64, Int64, Int64) {
    let z = z0 + 719_468
    let era = floorDiv(z, 146_097)
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let y = yoe + era * 400
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (m <= 2 ? y + 1 : y, m, d)
  }

  static func pad(_ v: Int64, _ width: Int) -> String {
    let s = String(v.magnitude)
    return (v < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
  }
}

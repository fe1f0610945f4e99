import Testing

@testable import FedCore

/// Inputs found by fuzzing (scripts/fuzz) or while writing the fuzz targets, each once a crash.
/// The same inputs sit in fuzz/regressions/<target>/ so every fuzz run replays them too.
@Suite struct FuzzRegressionTests {
  static func token(claims: String) -> String {
    Base64URL.encode(Array(#"{"alg":"RS256","kid":"k1"}"#.utf8)) + "." + Base64URL.encode(Array(claims.utf8)) + ".c2ln"
  }

  /// `exp`/`iat`/`nbf` at the ends of Int64 trapped in `TimeFormat.utc` (days * 86400 overflowed).
  @Test(arguments: [
    (Int64.min, "-292277022657-01-27T08:29:52Z"),
    (Int64.max, "292277026596-12-04T15:30:07Z"),
    (-1, "1969-12-31T23:59:59Z"),
    (-86_400, "1969-12-31T00:00:00Z"),
  ])
  func utcIsTotal(seconds: Int64, expected: String) {
    #expect(TimeFormat.utc(seconds) == expected)
  }

  /// `relative` subtracted `seconds - now` and trapped when the distance exceeded Int64.
  @Test func relativeIsTotal() {
    #expect(TimeFormat.relative(Int64.min, now: 1_700_000_000) == "106751991186976 d ago")
    #expect(TimeFormat.relative(Int64.max, now: Int64.min) == "in 213503982334601 d")
    #expect(TimeFormat.relative(Int64.min, now: Int64.max) == "213503982334601 d ago")
  }

  /// The crashing token: decoding works and every time claim formats.
  @Test(arguments: ["-9223372036854775808", "-9223372036854775807", "9223372036854775807"])
  func extremeTimeClaimsFormat(value: String) throws {
    let jwt = try TokenDecoder.decode(Self.token(claims: #"{"exp":\#(value),"iat":\#(value)}"#)).get()
    let seconds = try #require(jwt.exp?.seconds)
    #expect(String(seconds) == value)
    #expect(TimeFormat.utc(seconds).hasSuffix("Z"))
    #expect(!TimeFormat.relative(seconds, now: 1_700_000_000).isEmpty)
  }
}
